/** Paths inside a locale, all ending with `/` (trailingSlash). One place builds them. */
export const paths = {
  home: () => '/',
  cases: () => '/cases/',
  casesBooklet: () => '/cases/print/',
  case: (slug: string) => `/cases/${slug}/`,
  /** A case's 情景演练 (walkthrough). */
  caseDrill: (slug: string) => `/cases/${slug}/drill/`,
  tools: () => '/tools/',
  tool: (slug: string) => `/tools/${slug}/`,
  law: () => '/law/',
  lawArticles: () => '/law/articles/',
  lawArticle: (n: number) => `/law/articles/${n}/`,
  lawArticleAnchor: (n: number) => `/law/articles/#article-${n}`,
  lawQa: () => '/law/qa/',
  rules: () => '/rules/',
  rule: (groupId: string) => `/rules/#${groupId}`,
  checklist: () => '/checklist/',
  sources: () => '/sources/',
  quiz: () => '/quiz/',
  /** The whole question bank as JSON, fetched by the self-test when it starts. */
  quizBank: () => '/quiz/bank.json',
  /** The "is this a scam?" scam check; its URL predates the name and stays, as links to it are shared. */
  scamCheck: () => '/check/',
  search: () => '/search/',
  help: () => '/help/',
  challenge: (id: string) => `/quiz/q/${id}/`,
  source: (id: string) => `/sources/#${id}`,
} as const;

export const articleAnchor = (n: number) => `article-${n}`;
