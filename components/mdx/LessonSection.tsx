import type { ReactNode } from 'react';

/** A titled, linkable part of a lesson: the id is what quizzes and shared links point at. */
export function LessonSection({
  id,
  title,
  children,
  tone = 'plain',
  printed = true,
  scope,
}: {
  id: string;
  title: string;
  children: ReactNode;
  tone?: 'plain' | 'warn' | 'strong';
  /** False for long reference parts a one-lesson handout leaves out. */
  printed?: boolean;
  /**
   * Set where several lessons share a page (the booklet): the lesson's slug. Ids carry it, titles sit under
   * the lesson's own (whose id is `{scope}-title`), and the section is named by both, so that each of the
   * ten "骗子怎么做" regions has a name of its own.
   */
  scope?: string;
}) {
  const anchor = scope ? `${scope}-${id}` : id;
  const Title = scope ? 'h3' : 'h2';
  const box =
    tone === 'warn'
      ? 'rounded-xl border-2 border-brand/40 bg-brand-wash p-4'
      : tone === 'strong'
        ? 'rounded-xl bg-brand p-4 text-white'
        : '';
  return (
    <section
      id={anchor}
      aria-labelledby={scope ? `${anchor}-title ${scope}-title` : `${anchor}-title`}
      className={`mt-10 scroll-mt-4 ${printed ? '' : 'no-print'}`}
    >
      <Title id={`${anchor}-title`} className="mb-3 text-2xl">
        {title}
      </Title>
      <div className={`prose-lesson ${box}`}>{children}</div>
    </section>
  );
}
