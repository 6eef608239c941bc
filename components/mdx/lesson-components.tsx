import { useTranslations } from 'next-intl';
import type { ReactNode } from 'react';
import { LessonSection } from './LessonSection';

type Children = { children?: ReactNode };

export function Steps({ children }: Children) {
  return <ol className="steps mt-3 space-y-5">{children}</ol>;
}

export function Step({ title, children }: Children & { title: string }) {
  return (
    <li>
      <h3 className="text-xl">{title}</h3>
      <div className="mt-1">{children}</div>
    </li>
  );
}

/** In a case lesson the steps are the scammer's method and get their own section. */
export function MethodSteps({ children }: Children) {
  const t = useTranslations('lesson');
  return (
    <LessonSection id="method" title={t('method')}>
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

export function CaseStudy({ children }: Children) {
  const t = useTranslations('lesson');
  return (
    <LessonSection id="case" title={t('case')}>
      <div className="rounded-xl border-2 border-line bg-wash p-4">{children}</div>
    </LessonSection>
  );
}

export function PoliceTip({ children }: Children) {
  const t = useTranslations('lesson');
  return (
    <LessonSection id="police-tip" title={t('policeTip')} tone="warn">
      {children}
    </LessonSection>
  );
}

export function Remember({ children }: Children) {
  const t = useTranslations('lesson');
  return (
    <LessonSection id="remember" title={t('remember')} tone="strong">
      <div className="text-xl font-bold">{children}</div>
    </LessonSection>
  );
}

export function Section({ id, title, children }: Children & { id: string; title: string }) {
  return (
    <LessonSection id={id} title={title}>
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
