import { useLocale } from 'next-intl';
import type { AnchorHTMLAttributes } from 'react';
import { localePath } from '@/lib/routes';
import { isLocale, routing, type Locale } from './routing';

type Props = Omit<AnchorHTMLAttributes<HTMLAnchorElement>, 'href'> & {
  /** A path without the locale prefix, e.g. "/cases/", optionally with a #fragment. */
  href: string;
  /** Link into another locale; defaults to the page's own. */
  locale?: Locale;
};

/**
 * The site's link: a plain anchor with the locale prefix, rendered on the server. Every page is a
 * static HTML file, so a plain link loads it in one request, works without JavaScript, is served by the
 * service worker offline, and ships no router code or prefetching to the reader's phone.
 */
export function Link({ href, locale, ...rest }: Props) {
  const current = useLocale();
  const target = locale ?? (isLocale(current) ? current : routing.defaultLocale);
  return <a href={localePath(target, href)} hrefLang={locale && locale !== current ? locale : undefined} {...rest} />;
}
