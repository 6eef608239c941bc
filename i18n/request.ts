import { hasLocale } from 'next-intl';
import { getRequestConfig, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { isLocale, routing, type Locale } from './routing';

export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale;
  const locale = hasLocale(routing.locales, requested) ? requested : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
  };
});

export type LocaleParams = Promise<{ locale: string }>;

/** Every page starts here: a known locale, registered for static rendering; any other is a 404. */
export async function pageLocale(params: LocaleParams): Promise<Locale> {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return locale;
}

/**
 * The GET of a JSON file written once per locale at build (the self-test's bank, the scam check's
 * phrases): `body` makes the file's content for a locale; any other locale segment is not found.
 */
export const localeJson =
  (body: (locale: Locale) => unknown) =>
  async (_request: Request, { params }: { params: LocaleParams }) => {
    const { locale } = await params;
    return isLocale(locale) ? Response.json(body(locale)) : new Response('Not found', { status: 404 });
  };
