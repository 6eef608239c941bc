import { isLocale, type Locale } from '@/i18n/routing';
import { allArticles, getContent, localesWithContent } from './content';
import { SESSIONS } from './deck/sessions';
import { paths } from './routes';

/** Every page a locale has, as paths without the locale prefix. */
export function sitePaths(locale: Locale): string[] {
  if (!localesWithContent().includes(locale)) return [paths.home()];
  const content = getContent(locale);
  return [
    paths.home(),
    paths.cases(),
    paths.casesBooklet(),
    ...content.cases.map((c) => paths.case(c.slug)),
    ...content.walkthroughs.map((d) => paths.caseWalkthrough(d.slug)),
    paths.tools(),
    ...content.tools.map((t) => paths.tool(t.slug)),
    paths.law(),
    paths.lawArticles(),
    ...allArticles(content.law).map((a) => paths.lawArticle(a.number)),
    paths.lawQa(),
    paths.rules(),
    paths.checklist(),
    paths.scamCheck(),
    paths.help(),
    paths.sources(),
    paths.search(),
    paths.quiz(),
    ...content.quiz.map((item) => paths.challenge(item.id)),
    paths.present(),
    ...content.cases.map((c) => paths.presentLesson('case', c.slug)),
    ...content.tools.map((t) => paths.presentLesson('tool', t.slug)),
    ...SESSIONS.map((s) => paths.presentSession(s.id)),
    paths.presentCustom(),
  ];
}

/** generateStaticParams for routes that exist only where the locale has content. */
export function contentLocaleParams() {
  return localesWithContent().map((locale) => ({ locale }));
}

/** Pages of `locale` that `other` lacks (usually none: the parity test keeps the two in step). */
export function missingIn(other: Locale, locale: Locale): string[] {
  const there = new Set(sitePaths(other));
  return sitePaths(locale).filter((p) => !there.has(p));
}

/**
 * The GET of a JSON file written once per locale at build (the self-test's bank, the scam check's
 * phrases): `body` makes the file's content for a locale; any other locale segment is not found.
 */
export const localeJson =
  (body: (locale: Locale) => unknown) =>
  async (_request: Request, { params }: { params: Promise<{ locale: string }> }) => {
    const { locale } = await params;
    return isLocale(locale) ? Response.json(body(locale)) : new Response('Not found', { status: 404 });
  };
