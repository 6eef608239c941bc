'use client';

import type { Messages } from 'next-intl';
import { useEffect, useState } from 'react';
import { fill } from '@/lib/quiz/fill';

declare global {
  interface Window {
    shizhaDeck?: () => void;
  }
}

const REF = /^(case|tool):([a-z0-9-]+)$/;

/**
 * A session of the presenter's own (?l=case:fake-police&l=tool:hotline-96110): each ticked lesson's
 * deck page is fetched (from the offline copy when saved), their slides put one after another with a
 * single closing slide holding every lesson's QR code, numbered again, and the deck started.
 */
export function CustomDeck({
  deckHref,
  slideNamed,
  none,
}: {
  /** Where a lesson's deck lives, by kind, with "{slug}" for the lesson (built by lib/routes.ts on the server). */
  deckHref: Record<'case' | 'tool', string>;
  slideNamed: Messages['deck']['slideNamed'];
  none: string;
}) {
  const [html, setHtml] = useState<string | null>(null);

  useEffect(() => {
    const refs = new URLSearchParams(location.search).getAll('l').flatMap((l) => l.split(','));
    const urls = refs.flatMap((ref) => {
      const m = REF.exec(ref);
      return m ? [deckHref[m[1] as 'case' | 'tool'].replace('{slug}', m[2]!)] : [];
    });
    (async () => {
      const pages = await Promise.all(
        urls.map(async (u) => new DOMParser().parseFromString(await (await fetch(u)).text(), 'text/html')),
      );
      const frames = pages.flatMap((p) => [...p.querySelectorAll<HTMLElement>('[data-slide]')]);
      const closings = frames.filter((f) => f.querySelector('.deck-k-closing'));
      const last = closings.at(-1);
      const qrs = last?.querySelector('.deck-qrs');
      for (const c of closings.slice(0, -1)) c.querySelectorAll('.deck-qr').forEach((qr) => qrs?.insertBefore(qr, qrs.lastChild));
      const kept = frames.filter((f) => !closings.includes(f) || f === last);
      kept.forEach((f, i) => {
        const section = f.querySelector('section')!;
        section.setAttribute('aria-label', fill(slideNamed, { n: i + 1, of: kept.length, name: section.dataset.name ?? '' }));
        f.querySelector('.deck-count')!.textContent = `${i + 1} / ${kept.length}`;
      });
      setHtml(kept.map((f) => f.outerHTML).join(''));
    })().catch(() => setHtml(''));
  }, [deckHref, slideNamed]);

  useEffect(() => {
    if (html) window.shizhaDeck?.();
  }, [html]);

  if (html === '') return <p className="deck-intro">{none}</p>;
  return html ? <div dangerouslySetInnerHTML={{ __html: html }} /> : null;
}
