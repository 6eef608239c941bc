import type { ReactNode } from 'react';

/** A home-page section: a heading, one line of intro and a grid of link cards (the <li> children). */
export function CardSection({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mt-10">
      <h2 id={`${id}-title`} className="text-2xl">
        {title}
      </h2>
      <p className="mt-1 text-muted">{intro}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">{children}</ul>
    </section>
  );
}
