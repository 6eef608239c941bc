import 'server-only';
import type { Locale } from '@/i18n/routing';
import { SESSIONS } from '@/lib/deck/sessions';
import { sitePaths } from '@/lib/routes';
import { CONTENT_ROOT } from './files';
import { allArticles, contentLocales, loadLocaleContent } from './load';
import type { LocaleContent } from './model';

export { allArticles, contentLocales, loadLocaleContent } from './load';
export type * from './model';

const cache = new Map<Locale, LocaleContent>();

/** The validated content of one locale, loaded once per build. */
export function getContent(locale: Locale): LocaleContent {
  let content = cache.get(locale);
  if (!content) {
    content = loadLocaleContent(locale, CONTENT_ROOT);
    cache.set(locale, content);
  }
  return content;
}

export function localesWithContent(): Locale[] {
  return contentLocales(CONTENT_ROOT);
}

/** Every page of a locale, as paths without the locale prefix (lib/routes.ts builds them). */
export function pagesOf(locale: Locale): string[] {
  if (!localesWithContent().includes(locale)) return sitePaths(undefined);
  const content = getContent(locale);
  return sitePaths({ ...content, articles: allArticles(content.law), sessions: SESSIONS });
}

/** Pages of `locale` that `other` lacks (usually none: the parity test keeps the two in step). */
export function missingIn(other: Locale, locale: Locale): string[] {
  const there = new Set(pagesOf(other));
  return pagesOf(locale).filter((p) => !there.has(p));
}

/** generateStaticParams for routes that exist only where the locale has content. */
export function contentLocaleParams() {
  return localesWithContent().map((locale) => ({ locale }));
}
