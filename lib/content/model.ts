// The content model as the rest of the app sees it: every collection's objects with their references
// resolved. Types only, so client components may import them without pulling the loaders (which are
// server-only) into the browser; and it imports nothing from collections/, so every collection may
// import it without a circle.
import type { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import type { articleRefSchema } from './fields';
import type { MdxFile } from './files';
import type { ContextCues } from '@/lib/scam-check/context';
import type {
  adviceSchema,
  caseFrontmatterSchema,
  checklistSchema,
  clueSchema,
  walkthroughSchema,
  helpParagraphSchema,
  helpSchema,
  lawGuideSchema,
  lawSchema,
  legalNotesSchema,
  NAMED_GROUPS,
  officialAccountsSchema,
  plainScenarioSchema,
  quizItemSchema,
  rulesSchema,
  scamCheckSchema,
  sourceSchema,
  sourceTextSchema,
  toolFrontmatterSchema,
} from './schemas';

// Sources
export type Source = z.infer<typeof sourceSchema>;
export type SourceText = z.infer<typeof sourceTextSchema>;
/** A source document: its dates (shared by every locale) and its title and summary in this locale. */
export type SourceInfo = Source & SourceText;

// Rules
type RawGroup = z.infer<typeof rulesSchema>['groups'][number];
type RawRuleItem = RawGroup['items'][number];
export type RuleItem = Omit<RawRuleItem, 'cases'> & { cases: CaseLink[] };
export type RuleGroup = Omit<RawGroup, 'source' | 'items'> & { source: SourceInfo; items: RuleItem[] };
/** One rule, with the group it belongs to (its title, source and date). */
export interface RuleRef {
  group: RuleGroup;
  item: RuleItem;
}
export type NamedGroups = Record<(typeof NAMED_GROUPS)[number], RuleGroup>;

// Advice
type RawAdvice = z.infer<typeof adviceSchema>['items'][number];
/** The Fujian 2020 report's advice on one tactic, with its source and the rules it names. */
export type Advice = Omit<RawAdvice, 'source' | 'rules'> & { source: SourceInfo; rules: RuleRef[] };

// Law
type RawLaw = z.infer<typeof lawSchema>;
export type Law = Omit<RawLaw, 'source'> & { source: SourceInfo };
export type LawArticle = RawLaw['chapters'][number]['articles'][number];
export type ArticleRef = z.infer<typeof articleRefSchema>;
/** An article quoted whole, or only the paragraphs named. */
export interface LawQuoteRef {
  article: LawArticle;
  paragraphs?: number[];
}
type RawGuide = z.infer<typeof lawGuideSchema>;
type Quoting<T> = Omit<T, 'quotes'> & { quotes: LawQuoteRef[] };
/** The handbook's guide to the law, every quotation resolved to its article. */
export type LawGuide = {
  intro: string[];
  life: Quoting<RawGuide['life'][number]>[];
  numbers: (Omit<RawGuide['numbers'][number], 'groups'> & { groups: Quoting<RawGuide['numbers'][number]['groups'][number]>[] })[];
  /** The document the guide follows: the handbook. */
  source: SourceInfo;
};

// Scenarios
export type Scenario = z.infer<typeof plainScenarioSchema>;
export type ScenarioMessage = Scenario['messages'][number];
export type ScenarioPart = NonNullable<ScenarioMessage['parts']>[number];
export type Clue = z.infer<typeof clueSchema>;

// Quiz
export type QuizItem = z.infer<typeof quizItemSchema>;
export type QuizRef = QuizItem['ref'];
/** "case:fake-loan", "tool:nafc-app", "law" or "rules". */
export type QuizTopic = string;
/** Where a reference sends the reader: a path inside the locale (with #section) and its title. */
export interface LearnLink {
  href: string;
  title: string;
}
export type LearnClue = Clue & { learn: LearnLink };
type QuizScenario = NonNullable<QuizItem['scenario']>;
/** A quiz item with its topic, and every reference (its own, its clues') resolved to a link. */
export type TopicQuizItem = Omit<QuizItem, 'scenario'> & {
  topic: QuizTopic;
  learn: LearnLink;
  scenario?: Omit<QuizScenario, 'clues'> & { clues: LearnClue[] };
};

// Case lessons
export type CaseFrontmatter = z.infer<typeof caseFrontmatterSchema>;
/** What other content needs of a lesson to point at it. */
export interface CaseLink {
  slug: string;
  title: string;
  order: number;
}
/** A case lesson read from its MDX file and checked, before its references are resolved. */
export type CaseDraft = MdxFile<CaseFrontmatter> & {
  /** The method's steps: each <Step>'s title with the frontmatter's line for it. */
  steps: { title: string; line: string }[];
  /** The 切记 line, as plain text. */
  remember: string;
};
/** A case lesson with everything it shows resolved: source, rules, advice, law articles and its lesson quiz. */
export type CaseLesson = CaseDraft & {
  source: SourceInfo;
  rules: RuleRef[];
  advice: Advice[];
  articles: LawArticle[];
  lessonQuiz: TopicQuizItem[];
};

// Tool lessons
export type ToolFrontmatter = z.infer<typeof toolFrontmatterSchema>;
export interface ToolLink {
  slug: string;
  title: string;
}
export type ToolDraft = MdxFile<ToolFrontmatter> & {
  /** The ids of its <Section>s, in order. */
  sections: string[];
  /** Where a quiz item may send the reader: every section, and `police-tip` when it has one. */
  anchors: string[];
};
/** A tool lesson with its source and its lesson quiz resolved. */
export type ToolLesson = ToolDraft & { source: SourceInfo; lessonQuiz: TopicQuizItem[] };

// Walkthroughs
export type WalkthroughFile = z.infer<typeof walkthroughSchema>;
export type WalkthroughStep = WalkthroughFile['steps'][number] & { learn: LearnLink };
/** A case's walkthrough: its lesson, its source, each step's link to learn more, and the 切记 it ends on. */
export type CaseWalkthrough = Omit<WalkthroughFile, 'source' | 'steps'> & {
  slug: string;
  lesson: CaseLink;
  source: SourceInfo;
  steps: WalkthroughStep[];
  remember: string;
};

// The checklist
/** The 三不一多 checklist. Points keep their source ids (the tool gets them as they are); `sources` lists them resolved. */
export type Checklist = z.infer<typeof checklistSchema> & { sources: SourceInfo[] };

// The help guide
type RawHelp = z.infer<typeof helpSchema>;
export type HelpParagraph = Omit<z.infer<typeof helpParagraphSchema>, 'source'> & { source?: SourceInfo };
type WithParagraphs<T> = Omit<T, 'paragraphs'> & { paragraphs: HelpParagraph[] };
/** The "I've been scammed" guide, every paragraph with its source (or none: our advice), every tool named. */
export type HelpGuide = Omit<RawHelp, 'steps' | 'evidence' | 'recovery' | 'tools'> & {
  steps: WithParagraphs<RawHelp['steps'][number]>[];
  evidence: WithParagraphs<RawHelp['evidence']>;
  recovery: WithParagraphs<RawHelp['recovery']>;
  tools: { tool: ToolLink; why: string }[];
};

// The scam check
type RawScamCheck = z.infer<typeof scamCheckSchema>;
/** A sign with no source is our own advice (its explain says 本站建议 / Our advice). */
export type HelperSignal = Omit<RawScamCheck['signals'][number], 'source'> & { source?: SourceInfo };
/**
 * The "is this a scam?" helper's questions, signs and phrases. Signs keep their case and rule ids: the
 * browser's engine works with ids, and the page sends it only the cases and rules they name.
 */
export type ScamCheckRules = Omit<RawScamCheck, 'signals'> & {
  signals: HelperSignal[];
  calm: readonly string[];
  cues: ContextCues;
};

// Legal notes and official accounts
type RawNotes = z.infer<typeof legalNotesSchema>;
export type LegalNote = Omit<RawNotes['items'][number], 'source'> & { source: SourceInfo };
/** Fujian 2020's legal notes, each naming the case lessons it belongs to (by slug). */
export type LegalNotes = Omit<RawNotes, 'items'> & { items: LegalNote[] };
export type OfficialAccounts = Omit<z.infer<typeof officialAccountsSchema>, 'source'> & { source: SourceInfo };

/** One locale's content, validated, with every reference resolved to the object it names. */
export interface LocaleContent {
  locale: Locale;
  sources: SourceInfo[];
  cases: CaseLesson[];
  tools: ToolLesson[];
  rules: RuleGroup[];
  /** The groups pages show by name. */
  ruleGroups: NamedGroups;
  advice: Advice[];
  checklist: Checklist;
  law: Law;
  lawGuide: LawGuide;
  quiz: TopicQuizItem[];
  walkthroughs: CaseWalkthrough[];
  scamCheck: ScamCheckRules;
  help: HelpGuide;
  legalNotes: LegalNotes;
  officialAccounts: OfficialAccounts;
}
