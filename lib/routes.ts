/** Paths inside a locale, all ending with `/` (trailingSlash). One place builds them. */
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
  lawArticleAnchor: (n: number) => `/law/articles/#article-${n}`,
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
  /** The scam check's phrases (JSON), fetched by its page once it has loaded. */
  scamCheckPhrases: () => '/check/phrases.json',
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

export const articleAnchor = (n: number) => `article-${n}`;
