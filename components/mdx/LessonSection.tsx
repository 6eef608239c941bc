import type { ReactNode } from 'react';

/** A titled, linkable part of a lesson: the id is what quizzes and shared links point at. */
export function LessonSection({
  id,
  title,
  children,
  tone = 'plain',
  printed = true,
  folded = false,
  scope,
}: {
  id: string;
  title: string;
  children: ReactNode;
  tone?: 'plain' | 'warn' | 'strong';
  /** False for long reference parts a one-lesson handout leaves out. */
  printed?: boolean;
  /**
   * Reference text (the law in full, other sources' notes, long lists): folded under its title, opened
   * on demand, by a link to it (the browser opens a closed <details> around a link's target), by the
   * browser's find, and in print. Its text is in the HTML either way, so search indexes it.
   */
  folded?: boolean;
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
  const labelledBy = scope ? `${anchor}-title ${scope}-title` : `${anchor}-title`;
  if (folded) {
    // The anchor sits on the folded text, so a link to it opens the fold; the title stays in view above.
    return (
      <section aria-labelledby={labelledBy} className={`mt-6 ${printed ? '' : 'no-print'}`} data-folded>
        <details className="fold rounded-xl border-2 border-line px-4">
          <summary className="min-h-14 cursor-pointer py-3">
            <Title id={`${anchor}-title`} className="inline text-2xl">
              {title}
            </Title>
          </summary>
          <div id={anchor} className={`prose-lesson scroll-mt-24 pb-4 ${box}`}>
            {children}
          </div>
        </details>
      </section>
    );
  }
  return (
    <section id={anchor} aria-labelledby={labelledBy} className={`mt-10 scroll-mt-4 ${printed ? '' : 'no-print'}`}>
      <Title id={`${anchor}-title`} className="mb-3 text-2xl">
        {title}
      </Title>
      <div className={`prose-lesson ${box}`}>{children}</div>
    </section>
  );
}
