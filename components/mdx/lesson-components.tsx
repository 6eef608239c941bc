import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LessonSection } from './LessonSection';

type Children = { children?: ReactNode };
/** Where several lessons share a page (the booklet): see LessonSection. */
type Scoped = Children & { scope?: string };

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
  const t = useTranslations('lesson');
  return (
    <LessonSection id="method" scope={scope} title={t('method')}>
      <Steps>{children}</Steps>
    </LessonSection>
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
  const t = useTranslations('lesson');
  return (
    <LessonSection id="case" scope={scope} title={t('case')}>
      <div className="rounded-xl border-2 border-line bg-wash p-4">{children}</div>
    </LessonSection>
  );
}

export function PoliceTip({ children, scope }: Scoped) {
  const t = useTranslations('lesson');
  return (
    <LessonSection id="police-tip" scope={scope} title={t('policeTip')} tone="warn">
      {children}
    </LessonSection>
  );
}

export function Remember({ children, scope }: Scoped) {
  const t = useTranslations('lesson');
  return (
    <LessonSection id="remember" scope={scope} title={t('remember')} tone="strong">
      <div className="text-xl font-bold">{children}</div>
    </LessonSection>
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
