'use client';

import { usePathname } from 'next/navigation';
import { routing, type Locale } from '@/i18n/routing';

interface Props {
  locale: Locale;
  label: string;
  ariaLabel: string;
  /** Paths (without locale prefix) that the other locale lacks. */
  missing: string[];
}

// Keeps the reader on the same page when the other locale has it, otherwise leads to its home.
// Rendered at build time too, so the link works with JavaScript off.
export function LanguageSwitcher({ locale, label, ariaLabel, missing }: Props) {
  const pathname = usePathname() ?? '/';
  const other = routing.locales.find((l) => l !== locale)!;
  const rest = pathname.replace(new RegExp(`^/${locale}(?=/|$)`), '') || '/';
  const normalized = rest.endsWith('/') ? rest : `${rest}/`;
  const target = missing.includes(normalized) ? '/' : normalized;
  return (
    <a
      href={`/${other}${target}`}
      hrefLang={other}
      lang={other}
      aria-label={ariaLabel}
      className="inline-flex min-h-11 items-center rounded-full whitespace-nowrap border-2 border-ink/70 px-4 text-base font-semibold text-ink no-underline hover:bg-wash"
    >
      {label}
    </a>
  );
}
