import 'server-only';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { routing, type Locale } from '@/i18n/routing';
import { topicKey } from '@/lib/ids';
import { defined, loaded, LoadContext } from './context';
import { Problems } from './problems';
import { loadAdvice } from './collections/advice';
import { byOrder, readCases, resolveCase } from './collections/cases';
import { loadChecklist } from './collections/checklist';
import { loadWalkthroughs } from './collections/walkthroughs';
import { loadHelp } from './collections/help';
import { loadScamCheck } from './collections/scam-check';
import { loadLaw, loadLawGuide } from './collections/law';
import { loadLegalNotes, loadOfficialAccounts } from './collections/notes';
import { loadQuiz, type RefTargets } from './collections/quiz';
import { loadRules } from './collections/rules';
import { loadSources } from './collections/sources';
import { readTools, resolveTool } from './collections/tools';
import type { LocaleContent } from './model';

// Each collection reads, validates and resolves its own files; this module links them: it loads them in
// the order their references need and hands each the lookups it resolves against.
export { allArticles } from './collections/law';

/** Loads and cross-checks one locale's content. Throws a ContentError naming every bad file and id. */
export function loadLocaleContent(locale: Locale, root: string): LocaleContent {
  const ctx = new LoadContext(root, locale, new Problems());
  const { sources, lookup: sourceLookup } = loadSources(ctx);
  const cases = readCases(ctx);
  const tools = readTools(ctx);
  const rules = loadRules(ctx, sourceLookup, cases.links);
  const advice = loadAdvice(ctx, sourceLookup, rules.lookup);
  const { law, articles } = loadLaw(ctx, sourceLookup);
  const resolvedCases = defined(
    cases.drafts.map((draft) => resolveCase(draft, { sources: sourceLookup, rules: rules.lookup, advice, articles })),
  );
  const resolvedTools = defined(tools.drafts.map((draft) => resolveTool(draft, sourceLookup)));
  const targets: RefTargets = {
    locale,
    cases: cases.drafts,
    tools: tools.drafts,
    rules: rules.lookup,
    articles,
    lawTitle: law?.title ?? '',
    complete: cases.complete && tools.complete,
  };
  const checklist = loadChecklist(ctx, sourceLookup, rules.lookup);
  const lawGuide = loadLawGuide(ctx, sources, articles);
  const scamCheck = loadScamCheck(ctx, sourceLookup, cases.links, rules.lookup);
  const help = loadHelp(ctx, sourceLookup, tools.links);
  const legalNotes = loadLegalNotes(ctx, sourceLookup, cases.links);
  const officialAccounts = loadOfficialAccounts(ctx, sourceLookup);
  const quiz = loadQuiz(ctx, targets);
  const walkthroughs = loadWalkthroughs(ctx, sourceLookup, targets);
  ctx.problems.throwIfAny();

  const lessonQuizOf = (topic: string) => quiz.filter((item) => item.topic === topic && item.lessonQuiz);
  const name = ctx.name.bind(ctx);
  return {
    locale,
    sources,
    cases: resolvedCases.sort(byOrder).map((c) => ({ ...c, lessonQuiz: lessonQuizOf(topicKey('case', c.slug)) })),
    tools: resolvedTools.sort(byOrder).map((t) => ({ ...t, lessonQuiz: lessonQuizOf(topicKey('tool', t.slug)) })),
    rules: rules.groups,
    ruleGroups: { fanshi: loaded(rules.named.fanshi, name('rules.json')), sanbu: loaded(rules.named.sanbu, name('rules.json')) },
    advice: advice.values(),
    checklist: loaded(checklist, name('checklist.json')),
    law: loaded(law, name('law.json')),
    lawGuide: loaded(lawGuide, name('law-guide.json')),
    quiz,
    walkthroughs,
    scamCheck: loaded(scamCheck, name('scam-check.json')),
    help: loaded(help, name('help.json')),
    legalNotes: loaded(legalNotes, name('legal-notes.json')),
    officialAccounts: loaded(officialAccounts, name('official-accounts.json')),
  };
}

/** Locales whose content folder exists; pages are generated only for these. */
export function contentLocales(root: string): Locale[] {
  return routing.locales.filter((locale) => existsSync(path.join(root, locale)));
}
