import 'server-only';
import type { Locale } from '@/i18n/routing';
import { CONTENT_ROOT } from './files';
import { contentLocales, loadLocaleContent } from './load';
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
