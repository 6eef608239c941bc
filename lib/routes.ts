// The one module that knows the site's URLs: the path of every page inside a locale, the locale prefix,
// absolute addresses on SITE_URL, where share images live, and the list of every page a locale has.
// Client components import it too; it imports nothing, and the bundler drops the exports a client
// component does not use, so the browser gets only the functions it calls.

/** Paths inside a locale, all ending with `/` (trailingSlash). */
export const paths = {
  home: () => '/',
  cases: () => '/cases/',
  casesBooklet: () => '/cases/print/',
  case: (slug: string) => `/cases/${slug}/`,
  /** A section of a case lesson (audience, method, case, police-tip, …). */
  caseSection: (slug: string, section: string) => `/cases/${slug}/#${section}`,
  /** A case's 情景演练 (walkthrough). */
  caseWalkthrough: (slug: string) => `/cases/${slug}/drill/`,
  tools: () => '/tools/',
  tool: (slug: string) => `/tools/${slug}/`,
  toolSection: (slug: string, section: string) => `/tools/${slug}/#${section}`,
  law: () => '/law/',
  lawArticles: () => '/law/articles/',
  lawArticle: (n: number) => `/law/articles/${n}/`,
  lawArticleAnchor: (n: number) => `/law/articles/#${articleAnchor(n)}`,
  lawChapterAnchor: (n: number) => `/law/articles/#chapter-${n}`,
  lawQa: () => '/law/qa/',
  rules: () => '/rules/',
  /** A rule group ("sanbu") or one rule ("sanbu-2") on the rules page. */
  rule: (id: string) => `/rules/#${id}`,
  checklist: () => '/checklist/',
  sources: () => '/sources/',
  quiz: () => '/quiz/',
  /** The whole question bank as JSON, fetched by the self-test when it starts. */
  quizBank: () => '/quiz/bank.json',
  /** The "is this a scam?" scam check; its URL predates the name and stays, as links to it are shared. */
  scamCheck: () => '/check/',
  /** The scam check's phrases in the locale's language (JSON), fetched by its page once it has loaded. */
  scamCheckPhrases: () => '/check/phrases.json',
  /** The other languages' phrases (JSON), fetched by the scam check only for a text written in one of them. */
  scamCheckOtherPhrases: () => '/check/other-phrases.json',
  search: () => '/search/',
  help: () => '/help/',
  /** One question, for challenge links; typed to the letter so a "{id}" template keeps its placeholder. */
  challenge: <Id extends string>(id: Id) => `/quiz/q/${id}/` as const,
  source: (id: string) => `/sources/#${id}`,
  /** 宣讲: the sessions by audience, every lesson's deck, and a session of one's own. */
  present: () => '/present/',
  /** A lesson's deck (宣讲模式), shown on a projector. */
  presentLesson: (kind: 'case' | 'tool', slug: string) => `/present/${kind === 'case' ? 'cases' : 'tools'}/${slug}/`,
  /** A ready-made session: the decks of two to four lessons as one. */
  presentSession: (id: string) => `/present/sessions/${id}/`,
  /** A session of lessons the presenter ticked (?l=case:fake-police,tool:hotline-96110). */
  presentCustom: () => '/present/custom/',
} as const;

/** The id of a law article's block on the full text (`#article-38`). */
export function articleAnchor(n: number) {
  return `article-${n}`;
}

/**
 * The one way a locale URL is built: localePath('en', paths.law()) → '/en/law/'. An href that is not a
 * path inside the site (a #fragment, a full address) is returned as it is.
 */
export const localePath = <P extends string>(locale: string, path: P) =>
  (path.startsWith('/') ? `/${locale}${path}` : path) as P extends `/${string}` ? `/${string}${P}` : P;

/** The site's public address; absolute URLs are built on it (SITE_URL at build time). */
export const SITE_URL = /* @__PURE__ */ new URL(process.env.SITE_URL ?? 'http://localhost:3000');

/** A page's absolute address under `origin` (the public SITE_URL, or the reader's own origin). */
export const absoluteUrl = (locale: string, path: string, origin: string | URL) => new URL(localePath(locale, path), origin).href;

/** The sitemap, at the site's root (outside every locale). */
export const sitemapUrl = () => new URL('/sitemap.xml', SITE_URL).href;

/** Where a page's build-time share image (card) and poster live in out/. */
export const shareImageUrl = (locale: string, path: string) => `/share${localePath(locale, path)}card.png`;
export const posterUrl = (locale: string, path: string) => `/share${localePath(locale, path)}poster.png`;

/** What a locale has that gets a page of its own; `undefined` for a locale without content. */
export interface SiteContent {
  cases: readonly { slug: string }[];
  walkthroughs: readonly { slug: string }[];
  tools: readonly { slug: string }[];
  articles: readonly { number: number }[];
  quiz: readonly { id: string }[];
  sessions: readonly { id: string }[];
}

/** Every page of a locale, as paths without the locale prefix (the sitemap's and the alternates' list). */
export function sitePaths(site: SiteContent | undefined): string[] {
  if (!site) return [paths.home()];
  return [
    paths.home(),
    paths.cases(),
    paths.casesBooklet(),
    ...site.cases.map((c) => paths.case(c.slug)),
    ...site.walkthroughs.map((w) => paths.caseWalkthrough(w.slug)),
    paths.tools(),
    ...site.tools.map((t) => paths.tool(t.slug)),
    paths.law(),
    paths.lawArticles(),
    ...site.articles.map((a) => paths.lawArticle(a.number)),
    paths.lawQa(),
    paths.rules(),
    paths.checklist(),
    paths.scamCheck(),
    paths.help(),
    paths.sources(),
    paths.search(),
    paths.quiz(),
    ...site.quiz.map((item) => paths.challenge(item.id)),
    paths.present(),
    ...site.cases.map((c) => paths.presentLesson('case', c.slug)),
    ...site.tools.map((t) => paths.presentLesson('tool', t.slug)),
    ...site.sessions.map((s) => paths.presentSession(s.id)),
    paths.presentCustom(),
  ];
}
