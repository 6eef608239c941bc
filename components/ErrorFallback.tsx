'use client';

import { useState } from 'react';
import type { Locale } from '@/i18n/routing';
import { ERROR_TEXT } from '@/lib/error-text';

/**
 * What an error boundary shows: a quiet note, a link home, and the page's own text as it was on screen
 * (taken while rendering this, before React removes the failed page), or failing that the 110 line.
 * Never a blank page or "Application error".
 */
export function ErrorFallback({ locale }: { locale: Locale }) {
  const t = ERROR_TEXT[locale];
  const [saved] = useState(() => (typeof document === 'undefined' ? '' : (document.getElementById('main')?.innerHTML ?? '')));
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
      {saved ? (
        // Our own page's markup, as the browser already showed it: no reader input is in it.
        <div className="mt-6" dangerouslySetInnerHTML={{ __html: saved }} />
      ) : (
        <p className="mt-6 text-lg font-bold text-brand-dark">{t.emergency}</p>
      )}
    </div>
  );
}
