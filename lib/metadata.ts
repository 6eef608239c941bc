import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import { sitePaths } from './site-paths';

/** The site's public address; absolute URLs in metadata are built from it (SITE_URL at build time). */
export const SITE_URL = new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/**
 * A page's metadata with its canonical address and hreflang alternates: the same path in every locale
 * that has it, and x-default pointing at the default locale.
 */
export function pageMetadata(locale: Locale, path: string, meta: Metadata): Metadata {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) if (sitePaths(l).includes(path)) languages[l] = `/${l}${path}`;
  if (languages[routing.defaultLocale]) languages['x-default'] = languages[routing.defaultLocale]!;
  return { ...meta, alternates: { canonical: `/${locale}${path}`, languages } };
}
