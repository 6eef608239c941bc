// The content model as the rest of the app sees it: types only, so client components may import them
// without pulling the loaders (which are server-only) into the browser.
export type { Advice } from './collections/advice';
export type { CaseDraft, CaseFrontmatter, CaseLesson, CaseLink } from './collections/cases';
export type { Checklist } from './collections/checklist';
export type { CaseDrill, Drill, DrillStep } from './collections/drills';
export type { HelpGuide, HelpParagraph } from './collections/help';
export type { ScamCheckRules, HelperSignal } from './collections/scam-check';
export type { ArticleRef, Law, LawArticle, LawGuide, LawQuoteRef } from './collections/law';
export type { LegalNote, LegalNotes, OfficialAccounts } from './collections/notes';
export type { LearnClue, LearnLink, QuizItem, QuizRef, QuizTopic, TopicQuizItem } from './collections/quiz';
export type { NamedGroups, RuleGroup, RuleItem, RuleRef } from './collections/rules';
export type { Clue, PhoneMessage, PhonePart, PhoneScenario } from './collections/scenario';
export type { Source, SourceInfo, SourceText } from './collections/sources';
export type { ToolDraft, ToolFrontmatter, ToolLesson, ToolLink } from './collections/tools';
export type { LocaleContent } from './load';
