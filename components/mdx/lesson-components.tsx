import { useTranslations } from 'next-intl';
import type { ComponentProps, ReactNode } from 'react';
import { caseSection, sectionDrawnBy, type CaseSectionId, type SectionComponent } from '@/lib/lesson-sections';
import { LessonSection } from './LessonSection';

type Children = { children?: ReactNode };
/** Where several lessons share a page (the booklet): see LessonSection. */
type Scoped = Children & { scope?: string };

type SectionProps = Omit<ComponentProps<typeof LessonSection>, 'id' | 'title'>;

/** A section of a case lesson, drawn by the page or by an MDX component: its id and title are declared in lib/lesson-sections.ts. */
export function CaseSection({ id, ...props }: SectionProps & { id: CaseSectionId }) {
  const t = useTranslations('lesson');
  return <LessonSection id={id} title={t(caseSection(id).title)} {...props} />;
}

/** The section an MDX component draws. */
function SectionOf({ component, ...props }: SectionProps & { component: SectionComponent }) {
  return <CaseSection id={sectionDrawnBy(component).id} {...props} />;
}

export function Steps({ children }: Children) {
  return <ol className="steps mt-3 space-y-5">{children}</ol>;
}

export function Step({ title, children, scope }: Scoped & { title: string }) {
  const Title = scope ? 'h4' : 'h3';
  return (
    <li>
      <Title className="text-xl">{title}</Title>
      <div className="mt-1">{children}</div>
    </li>
  );
}

/** In a case lesson the steps are the scammer's method and get their own section. */
export function MethodSteps({ children, scope }: Scoped) {
  return (
    <SectionOf component="Steps" scope={scope}>
      <Steps>{children}</Steps>
    </SectionOf>
  );
}

/** A note of the site's own on the lesson (a name's date, a term), never the source's words. */
export function Note({ children }: Children) {
  const t = useTranslations('lesson');
  return (
    <div className="mt-3 text-base text-muted" role="note">
      <strong className="mr-1">{t('note')}</strong>
      {children}
    </div>
  );
}

export function CaseStudy({ children, scope }: Scoped) {
  return (
    <SectionOf component="CaseStudy" scope={scope}>
      <div className="rounded-xl border-2 border-line bg-wash p-4">{children}</div>
    </SectionOf>
  );
}

export function PoliceTip({ children, scope }: Scoped) {
  return (
    <SectionOf component="PoliceTip" scope={scope} tone="warn">
      {children}
    </SectionOf>
  );
}

export function Remember({ children, scope }: Scoped) {
  return (
    <SectionOf component="Remember" scope={scope} tone="strong">
      <div className="text-xl font-bold">{children}</div>
    </SectionOf>
  );
}

/** A titled part of a tool lesson; `fold` for reference text (a long list) a reader opens on demand. */
export function Section({ id, title, fold, children, scope }: Scoped & { id: string; title: string; fold?: boolean }) {
  return (
    <LessonSection id={id} title={title} scope={scope} folded={fold}>
      {children}
    </LessonSection>
  );
}

export function Facts({ asOf, children }: Children & { asOf: string }) {
  return (
    <figure className="mt-6 rounded-xl border-2 border-line p-4">
      <dl className="grid gap-4 sm:grid-cols-3">{children}</dl>
      <figcaption className="mt-3 text-base text-muted">{asOf}</figcaption>
    </figure>
  );
}

export function Fact({ value, label }: { value: string; label: string }) {
  return (
    <div>
      <dt className="text-base text-muted">{label}</dt>
      <dd className="text-2xl font-bold text-brand-dark">{value}</dd>
    </div>
  );
}
