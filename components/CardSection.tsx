import type { ReactNode } from 'react';
import { TitledSection } from './TitledSection';

/** A home-page section: a heading, one line of intro and a grid of link cards (the <li> children). */
export function CardSection({ id, title, intro, children }: { id: string; title: string; intro: string; children: ReactNode }) {
  return (
    <TitledSection id={id} title={title} className="mt-10">
      <p className="mt-1 text-muted">{intro}</p>
      <ul className="mt-4 grid gap-3 sm:grid-cols-2">{children}</ul>
    </TitledSection>
  );
}
