import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { LAW_TOPIC, RULES_TOPIC, topicKey } from '@/lib/ids';
import { Problems, readJson, readMdxFolder, type MdxFile } from './files';
import { CASE_COMPONENTS, CASE_OPTIONAL, TOOL_COMPONENTS, checkMdxBody } from './mdx-check';
import {
  adviceSchema,
  caseFrontmatterSchema,
  drillSchema,
  checklistSchema,
  lawGuideSchema,
  legalNotesSchema,
  officialAccountsSchema,
  helpSchema,
  helperSchema,
  lawSchema,
  quizFileSchema,
  rulesSchema,
  sourceTextsSchema,
  sourcesSchema,
  toolFrontmatterSchema,
  type Advice,
  type ArticleRef,
  type CaseFrontmatter,
  type Checklist,
  type Drill,
  type Law,
  type LawArticle,
  type HelpGuide,
  type HelperRules,
  type LawGuide,
  type LegalNotes,
  type OfficialAccounts,
  type QuizItem,
  type QuizRef,
  type RuleGroup,
  type RuleItem,
  type Source,
  type SourceText,
  type ToolFrontmatter,
} from './schema';

export type CaseLesson = MdxFile<CaseFrontmatter>;
export type ToolLesson = MdxFile<ToolFrontmatter> & { sections: string[] };
export type SourceInfo = Source & SourceText;
/** "case:fake-loan", "tool:nafc-app", "law" or "rules". */
export type QuizTopic = string;
export type TopicQuizItem = QuizItem & { topic: QuizTopic };
/** A case's walkthrough, with the lesson's 切记 it ends on. */
export type CaseDrill = Drill & { slug: string; remember: string };

export interface LocaleContent {
  locale: Locale;
  sources: SourceInfo[];
  cases: CaseLesson[];
  tools: ToolLesson[];
  rules: RuleGroup[];
  advice: Advice[];
  checklist: Checklist;
  law: Law;
  lawGuide: LawGuide;
  quiz: TopicQuizItem[];
  drills: CaseDrill[];
  helper: HelperRules;
  help: HelpGuide;
  legalNotes: LegalNotes;
  officialAccounts: OfficialAccounts;
}

function unique<T>(items: T[], key: (item: T) => string | number, file: string, what: string, problems: Problems) {
  const seen = new Set<string | number>();
  for (const item of items) {
    const k = key(item);
    if (seen.has(k)) problems.add(file, `duplicate ${what} "${k}"`);
    seen.add(k);
  }
}

function checkOrder(items: { frontmatter: { order: number } }[], folder: string, problems: Problems) {
  const orders = items.map((i) => i.frontmatter.order).sort((a, b) => a - b);
  if (orders.some((order, index) => order !== index + 1)) {
    problems.add(folder, `order must run 1…${items.length} without gaps (found ${orders.join(', ')})`);
  }
}

function checkLawShape(law: Law, file: string, problems: Problems) {
  law.chapters.forEach((chapter, i) => {
    if (chapter.number !== i + 1) problems.add(file, `chapter ${chapter.number} is out of order`);
  });
  law.chapters
    .flatMap((c) => c.articles)
    .forEach((article, i) => {
      if (article.number !== i + 1) problems.add(file, `article ${article.number} is out of order (expected ${i + 1})`);
    });
}

function readdirCount(root: string, folder: string) {
  const dir = path.join(root, folder);
  return existsSync(dir) ? readdirSync(dir).length : 0;
}

/** Loads and cross-checks one locale's content. Throws a ContentError naming every bad file. */
export function loadLocaleContent(locale: Locale, root: string): LocaleContent {
  const problems = new Problems();
  const at = (file: string) => path.join(locale, file);
  const name = (file: string) => path.join(path.basename(root), locale, file);

  const sourcesFile = readJson(root, 'sources.json', sourcesSchema, problems);
  const sourceTexts = readJson(root, at('sources.json'), sourceTextsSchema, problems)?.items ?? [];
  const rulesFile = readJson(root, at('rules.json'), rulesSchema, problems);
  const adviceFile = readJson(root, at('advice.json'), adviceSchema, problems);
  const checklist = readJson(root, at('checklist.json'), checklistSchema, problems);
  const law = readJson(root, at('law.json'), lawSchema, problems);
  const lawGuide = readJson(root, at('law-guide.json'), lawGuideSchema, problems);
  const sourceMeta = sourcesFile?.items ?? [];
  const rules = rulesFile?.groups ?? [];
  const advice = adviceFile?.items ?? [];
  const cases = readMdxFolder(root, at('cases'), caseFrontmatterSchema, problems);
  const casesComplete = cases.length === readdirCount(root, at('cases'));
  const tools = readMdxFolder(root, at('tools'), toolFrontmatterSchema, problems).map((tool) => ({
    ...tool,
    sections: checkMdxBody(tool.file, tool.body, TOOL_COMPONENTS, problems, ['Section']),
  }));
  const toolsComplete = tools.length === readdirCount(root, at('tools'));
  for (const lesson of cases) {
    checkMdxBody(lesson.file, lesson.body, [...CASE_COMPONENTS, ...CASE_OPTIONAL], problems, CASE_COMPONENTS);
    const steps = [...lesson.body.matchAll(/<Step\s/g)].length;
    if (lesson.frontmatter.stepLines.length !== steps)
      problems.add(lesson.file, `stepLines has ${lesson.frontmatter.stepLines.length} lines for ${steps} <Step> elements`);
  }

  // Ids and cross-references.
  // A file that failed to load is reported once; references into it are not checked.
  const sourceIds = new Set(sourceMeta.map((s) => s.id));
  unique(sourceMeta, (s) => s.id, path.join(path.basename(root), 'sources.json'), 'source id', problems);
  const needSource = (file: string, id: string) => {
    if (sourcesFile && !sourceIds.has(id)) problems.add(file, `unknown source id "${id}"`);
  };
  for (const text of sourceTexts) needSource(name('sources.json'), text.id);
  for (const meta of sourceMeta) {
    if (!sourceTexts.some((t) => t.id === meta.id)) problems.add(name('sources.json'), `no text for source "${meta.id}"`);
  }

  const ruleItems = rules.flatMap((g) => g.items);
  unique(rules, (g) => g.id, name('rules.json'), 'rule group id', problems);
  unique(ruleItems, (r) => r.id, name('rules.json'), 'rule id', problems);
  const ruleIds = new Set(ruleItems.map((r) => r.id));
  const caseSlugs = new Set(cases.map((c) => c.slug));
  for (const group of rules) {
    needSource(name('rules.json'), group.source);
    for (const item of group.items) {
      if (!item.id.startsWith(`${group.id}-`)) problems.add(name('rules.json'), `rule "${item.id}" must start with "${group.id}-"`);
      for (const slug of item.cases ?? []) {
        if (casesComplete && !caseSlugs.has(slug)) problems.add(name('rules.json'), `rule "${item.id}" names unknown case "${slug}"`);
      }
    }
  }
  unique(advice, (a) => a.id, name('advice.json'), 'advice id', problems);
  const adviceIds = new Set(advice.map((a) => a.id));
  for (const item of advice) {
    needSource(name('advice.json'), item.source);
    for (const id of item.rules ?? []) if (rulesFile && !ruleIds.has(id)) problems.add(name('advice.json'), `unknown rule id "${id}"`);
  }

  const articleNumbers = new Set(law?.chapters.flatMap((c) => c.articles.map((a) => a.number)) ?? []);
  if (law) {
    checkLawShape(law, name('law.json'), problems);
    needSource(name('law.json'), law.source);
  }
  const needArticle = (file: string, ref: ArticleRef) => {
    if (!law) return;
    const article = law?.chapters.flatMap((c) => c.articles).find((a) => a.number === ref.article);
    if (!article) return problems.add(file, `unknown law article ${ref.article}`);
    for (const p of ref.paragraphs ?? []) {
      if (p > article.paragraphs.length) problems.add(file, `article ${ref.article} has no paragraph ${p}`);
    }
  };

  for (const lesson of cases) {
    const fm = lesson.frontmatter;
    needSource(lesson.file, fm.source);
    for (const id of fm.rules) if (rulesFile && !ruleIds.has(id)) problems.add(lesson.file, `unknown rule id "${id}"`);
    for (const id of fm.advice) if (adviceFile && !adviceIds.has(id)) problems.add(lesson.file, `unknown advice id "${id}"`);
    for (const n of fm.lawArticles) if (law && !articleNumbers.has(n)) problems.add(lesson.file, `unknown law article ${n}`);
  }
  if (casesComplete) checkOrder(cases, name('cases'), problems);
  for (const tool of tools) needSource(tool.file, tool.frontmatter.source);
  if (toolsComplete) checkOrder(tools, name('tools'), problems);

  if (checklist) {
    unique(checklist.points, (p) => p.id, name('checklist.json'), 'point id', problems);
    unique(checklist.points.flatMap((p) => p.checks), (c) => c.id, name('checklist.json'), 'check id', problems);
    for (const id of checklist.outcome.sources) needSource(name('checklist.json'), id);
    for (const point of checklist.points) {
      if (rulesFile && !ruleIds.has(point.rule)) problems.add(name('checklist.json'), `unknown rule id "${point.rule}"`);
      for (const check of point.checks) needSource(name('checklist.json'), check.source);
    }
  }
  if (lawGuide) {
    unique(lawGuide.life, (l) => l.id, name('law-guide.json'), 'id', problems);
    for (const ref of [...lawGuide.life.flatMap((l) => l.quotes), ...lawGuide.numbers.flatMap((n) => n.groups.flatMap((g) => g.quotes))]) {
      needArticle(name('law-guide.json'), ref);
    }
  }

  const helper = readJson(root, at('scam-check.json'), helperSchema, problems);
  if (helper) {
    const file = name('scam-check.json');
    unique(helper.signals, (s) => s.id, file, 'signal id', problems);
    unique(helper.questions.flatMap((q) => q.options), (o) => o.id, file, 'option id', problems);
    unique(helper.phrases, (p) => p.id, file, 'phrase id', problems);
    const signalIds = new Set(helper.signals.map((s) => s.id));
    const needSignal = (id: string, where: string) => {
      if (!signalIds.has(id)) problems.add(file, `${where} names unknown signal "${id}"`);
    };
    for (const q of helper.questions) for (const o of q.options) o.signals.forEach((id) => needSignal(id, `option "${o.id}"`));
    for (const p of helper.phrases) needSignal(p.signal, `phrase "${p.id}"`);
    for (const signal of helper.signals) {
      needSource(file, signal.source);
      for (const slug of [...signal.cases, ...(signal.supports ?? [])])
        if (casesComplete && !caseSlugs.has(slug)) problems.add(file, `signal "${signal.id}" names unknown case "${slug}"`);
      for (const id of signal.rules) if (rulesFile && !ruleIds.has(id)) problems.add(file, `signal "${signal.id}" names unknown rule "${id}"`);
    }
  }
  const help = readJson(root, at('help.json'), helpSchema, problems);
  if (help) {
    const file = name('help.json');
    unique(help.steps, (s) => s.id, file, 'step id', problems);
    unique(help.evidence.items, (s) => s.id, file, 'evidence id', problems);
    const paragraphs = [...help.steps.flatMap((s) => s.paragraphs), ...help.evidence.paragraphs, ...help.recovery.paragraphs];
    for (const p of paragraphs) {
      if (p.source) needSource(file, p.source);
      else if (p.quote || p.label) problems.add(file, `a quotation needs its source: "${p.text.slice(0, 20)}…"`);
    }
    for (const t of help.tools) if (toolsComplete && !tools.some((tool) => tool.slug === t.tool)) problems.add(file, `unknown tool "${t.tool}"`);
  }

  const legalNotes = readJson(root, at('legal-notes.json'), legalNotesSchema, problems);
  for (const note of legalNotes?.items ?? []) {
    needSource(name('legal-notes.json'), note.source);
    for (const slug of note.cases) if (casesComplete && !caseSlugs.has(slug)) problems.add(name('legal-notes.json'), `unknown case "${slug}"`);
  }
  const officialAccounts = readJson(root, at('official-accounts.json'), officialAccountsSchema, problems);
  if (officialAccounts) needSource(name('official-accounts.json'), officialAccounts.source);

  const quiz = loadQuiz(root, locale, { cases, tools, ruleIds, articleNumbers, complete: casesComplete && toolsComplete }, problems);

  const drills = loadDrills(root, locale, cases, { cases, tools, ruleIds, articleNumbers, complete: casesComplete && toolsComplete }, needSource, problems);

  problems.throwIfAny();
  const sources = sourceMeta.map((meta) => ({ ...meta, ...sourceTexts.find((t) => t.id === meta.id)! }));
  return {
    locale,
    sources,
    cases: cases.sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    tools: tools.sort((a, b) => a.frontmatter.order - b.frontmatter.order),
    rules,
    advice,
    checklist: checklist!,
    law: law!,
    lawGuide: lawGuide!,
    quiz,
    drills,
    helper: helper!,
    help: help!,
    legalNotes: legalNotes!,
    officialAccounts: officialAccounts!,
  };
}

interface QuizTargets {
  cases: CaseLesson[];
  tools: ToolLesson[];
  ruleIds: Set<string>;
  articleNumbers: Set<number>;
  /** False when a lesson failed to load: references to lessons are then not checked. */
  complete: boolean;
}

/** One quiz file per lesson, plus law.json and rules.json; every reference must resolve. */
function loadQuiz(root: string, locale: Locale, targets: QuizTargets, problems: Problems): TopicQuizItem[] {
  if (!targets.complete) return [];
  const files: { file: string; topic: QuizTopic; lesson?: 'case' | 'tool' }[] = [
    ...targets.cases.map((c) => ({ file: `quiz/cases/${c.slug}.json`, topic: topicKey('case', c.slug), lesson: 'case' as const })),
    ...targets.tools.map((t) => ({ file: `quiz/tools/${t.slug}.json`, topic: topicKey('tool', t.slug), lesson: 'tool' as const })),
    { file: 'quiz/law.json', topic: LAW_TOPIC },
    { file: 'quiz/rules.json', topic: RULES_TOPIC },
  ];
  for (const folder of ['quiz/cases', 'quiz/tools']) {
    const dir = path.join(root, locale, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      if (!files.some((f) => f.file === `${folder}/${entry}`)) {
        problems.add(path.join(path.basename(root), locale, folder, entry), 'no lesson has this slug');
      }
    }
  }
  const items: TopicQuizItem[] = [];
  for (const { file, topic, lesson } of files) {
    const name = path.join(path.basename(root), locale, file);
    const data = readJson(root, path.join(locale, file), quizFileSchema, problems);
    if (!data) continue;
    const prefix = path.basename(file, '.json');
    for (const item of data.items) {
      if (!item.id.startsWith(`${prefix}-`)) problems.add(name, `item id "${item.id}" must start with "${prefix}-"`);
      for (const ref of [item.ref, ...(item.scenario?.clues.map((c) => c.ref) ?? [])]) {
        const problem = refProblem(ref, targets);
        if (problem) problems.add(name, `${item.id}: ${problem}`);
      }
      items.push({ ...item, topic });
    }
    const checks = data.items.filter((i) => i.check).length;
    if (lesson && (checks < 3 || checks > 5)) problems.add(name, `a lesson check needs 3–5 items marked "check" (found ${checks})`);
    if (!lesson && checks > 0) problems.add(name, '"check" only applies to lesson quizzes');
  }
  const seen = new Set<string>();
  for (const item of items) {
    if (seen.has(item.id)) problems.add(path.join(path.basename(root), locale, 'quiz'), `duplicate quiz id "${item.id}"`);
    seen.add(item.id);
  }
  return items;
}

function refProblem(ref: QuizRef, { cases, tools, ruleIds, articleNumbers }: QuizTargets): string | undefined {
  if ('case' in ref) {
    const lesson = cases.find((c) => c.slug === ref.case);
    if (!lesson) return `ref names unknown case "${ref.case}"`;
    if (ref.section === 'advice' && lesson.frontmatter.advice.length === 0) return `case "${ref.case}" has no advice section`;
    if (ref.section === 'rules' && lesson.frontmatter.rules.length === 0) return `case "${ref.case}" has no rules section`;
  } else if ('tool' in ref) {
    const tool = tools.find((t) => t.slug === ref.tool);
    if (!tool) return `ref names unknown tool "${ref.tool}"`;
    const sections = [...tool.sections, ...(tool.body.includes('<PoliceTip>') ? ['police-tip'] : [])];
    if (!sections.includes(ref.section)) return `tool "${ref.tool}" has no section "${ref.section}" (has ${sections.join(', ')})`;
  } else if ('article' in ref) {
    if (!articleNumbers.has(ref.article)) return `ref names unknown law article ${ref.article}`;
  } else if (!ruleIds.has(ref.rule)) {
    return `ref names unknown rule "${ref.rule}"`;
  }
  return undefined;
}

/** The lesson's 切记 line, as plain text. */
export const rememberText = (body: string) =>
  (body.match(/<Remember>([\s\S]*?)<\/Remember>/)?.[1] ?? '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();

/** One walkthrough per case lesson, in drills/{slug}.json; every reference must resolve. */
function loadDrills(
  root: string,
  locale: Locale,
  cases: CaseLesson[],
  targets: QuizTargets,
  needSource: (file: string, id: string) => void,
  problems: Problems,
): CaseDrill[] {
  if (!targets.complete) return [];
  const drills: CaseDrill[] = [];
  for (const lesson of cases) {
    const file = path.join(locale, 'drills', `${lesson.slug}.json`);
    const name = path.join(path.basename(root), file);
    const drill = readJson(root, file, drillSchema, problems);
    if (!drill) continue;
    needSource(name, drill.source);
    drill.steps.forEach((step, i) => {
      const problem = refProblem(step.ref, targets);
      if (problem) problems.add(name, `step ${i + 1}: ${problem}`);
    });
    const remember = rememberText(lesson.body);
    if (!remember) problems.add(lesson.file, 'a case lesson with a walkthrough needs a <Remember> line');
    drills.push({ ...drill, slug: lesson.slug, remember });
  }
  return drills;
}

/** Locales whose content folder exists; pages are generated only for these. */
export function contentLocales(root: string): Locale[] {
  return routing.locales.filter((locale) => existsSync(path.join(root, locale)));
}

export function allArticles(law: Law): LawArticle[] {
  return law.chapters.flatMap((c) => c.articles);
}

export function findRule(content: LocaleContent, id: string): { group: RuleGroup; item: RuleItem } | undefined {
  for (const group of content.rules) {
    const item = group.items.find((i) => i.id === id);
    if (item) return { group, item };
  }
  return undefined;
}
