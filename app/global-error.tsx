'use client';

import { ErrorFallback } from '@/components/ErrorFallback';
import { errorLocale } from '@/lib/error-text';
import './globals.css';

// When the layout itself fails, this replaces the whole document: the page's text, a link home, 110.
export default function GlobalError() {
  const locale = errorLocale(typeof document === 'undefined' ? undefined : document.documentElement.lang);
  return (
    <html lang={locale}>
      <body className="bg-paper font-sans text-ink">
        <main id="main" className="mx-auto w-full max-w-3xl px-4 py-6">
          <ErrorFallback locale={locale} />
        </main>
      </body>
    </html>
  );
}
