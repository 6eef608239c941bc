'use client';

import { useCallback, useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { ERROR_TEXT } from '@/lib/error-text';

/**
 * What an error boundary shows: a quiet note, a link home, and the page's own text as it was on screen
 * (taken while rendering this, before React removes the failed page), or failing that the 110 line.
 * Never a blank page or "Application error".
 */
export function ErrorFallback({ locale }: { locale: Locale }) {
  const t = ERROR_TEXT[locale];
  // A copy of the nodes themselves, never their HTML re-parsed: nothing on the page is turned back into
  // markup, and scripts are left out.
  const [saved] = useState(() => {
    const main = typeof document === 'undefined' ? null : document.getElementById('main');
    if (!main || !main.hasChildNodes()) return null;
    const copy = document.createDocumentFragment();
    for (const node of Array.from(main.childNodes)) copy.append(node.cloneNode(true));
    for (const script of Array.from(copy.querySelectorAll('script'))) script.remove();
    return copy;
  });
  const show = useCallback(
    (element: HTMLDivElement | null) => {
      if (element && saved && !element.hasChildNodes()) element.append(saved.cloneNode(true));
    },
    [saved],
  );
  return (
    <div data-error-fallback>
      <div role="alert" className="no-print rounded-2xl border-2 border-brand bg-brand-wash p-4">
        <p className="text-xl font-bold">{t.title}</p>
        <p className="mt-1">
          {t.body}{' '}
          {/* Written out, not localePath(): both error boundaries' scripts load on every page, where each
              imported module counts against the JavaScript budget. */}
          <a href={`/${locale}/`} className="font-bold">
            {t.home}
          </a>
        </p>
      </div>
      {saved ? <div className="mt-6" ref={show} /> : <p className="mt-6 text-lg font-bold text-brand-dark">{t.emergency}</p>}
    </div>
  );
}
