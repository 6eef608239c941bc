import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { Locale } from '@/i18n/routing';
import { clueMarks } from '@/lib/scenario';
import { articleLabel } from '@/lib/format';
import { paths } from '@/lib/routes';
import { LAW_TOPIC, RULES_TOPIC, topicKey } from '@/lib/ids';
import type { Lookup, LoadContext } from '../context';
import type { CaseDraft, LawArticle, LearnClue, LearnLink, QuizRef, QuizTopic, ToolDraft, TopicQuizItem } from '../model';
import { quizItemSchema } from '../schemas';
import type { RuleLookup } from './rules';

/** An item's fields checked against each other, and its clues against the message the phone shows. */
const checkedItemSchema = quizItemSchema.superRefine((item, ctx) => {
  const ids = item.options.map((o) => o.id);
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: ['options'], message: 'option ids must be unique' });
  for (const a of item.answer) {
    if (!ids.includes(a)) ctx.addIssue({ code: 'custom', path: ['answer'], message: `"${a}" is not one of the options` });
  }
  if (item.type === 'multiple' ? item.answer.length < 2 : item.answer.length !== 1) {
    ctx.addIssue({ code: 'custom', path: ['answer'], message: `a ${item.type} item needs ${item.type === 'multiple' ? 'two or more answers' : 'exactly one answer'}` });
  }
  if (item.type === 'truefalse' && ids.join() !== 'true,false') {
    ctx.addIssue({ code: 'custom', path: ['options'], message: 'a truefalse item has the options "true" and "false", in that order' });
  }
  if ((item.type === 'scenario') !== !!item.scenario) {
    ctx.addIssue({ code: 'custom', path: ['scenario'], message: 'a scenario item, and only a scenario item, has a scenario' });
  }
  if (item.genuine && item.type !== 'scenario') ctx.addIssue({ code: 'custom', path: ['genuine'], message: 'only scenario items can be genuine' });
  if (ids.includes('scam') || ids.includes('genuine')) {
    if (item.type !== 'scenario' || ids.join() !== 'scam,genuine') {
      ctx.addIssue({ code: 'custom', path: ['options'], message: 'a judgement item is a scenario with the options "scam" and "genuine", in that order' });
    } else if (item.answer[0] !== (item.genuine ? 'genuine' : 'scam')) {
      ctx.addIssue({ code: 'custom', path: ['answer'], message: `a judgement item's answer is "${item.genuine ? 'genuine' : 'scam'}", as its "genuine" says` });
    }
  }
  const shown = item.scenario ? clueMarks(item.scenario, item.scenario.clues.map((c) => c.span)) : new Map();
  const marked = new Set([...shown.values()].flat().map((m) => m.n));
  item.scenario?.clues.forEach((clue, i) => {
    if (!marked.has(i + 1)) {
      ctx.addIssue({ code: 'custom', path: ['scenario', 'clues', i, 'span'], message: `"${clue.span}" is not in the message (or only where an earlier clue is marked)` });
    }
  });
});
const quizFileSchema = z.strictObject({ items: z.array(checkedItemSchema).min(1) });

/** What references point into; `complete` is false when a lesson failed to load (nothing is then checked). */
export interface RefTargets {
  locale: Locale;
  cases: CaseDraft[];
  tools: ToolDraft[];
  rules: RuleLookup;
  articles: Lookup<LawArticle>;
  lawTitle: string;
  complete: boolean;
}

/** The link a reference makes; undefined when it makes none (reported, unless its target had its own problem). */
export function learnLink(ref: QuizRef, t: RefTargets, report: (problem: string) => void): LearnLink | undefined {
  if ('case' in ref) {
    const lesson = t.cases.find((c) => c.slug === ref.case);
    if (!lesson) return void report(`ref names unknown case "${ref.case}"`);
    if (ref.section === 'advice' && lesson.frontmatter.advice.length === 0) return void report(`case "${ref.case}" has no advice section`);
    if (ref.section === 'rules' && lesson.frontmatter.rules.length === 0) return void report(`case "${ref.case}" has no rules section`);
    return { href: paths.caseSection(ref.case, ref.section), title: lesson.frontmatter.title };
  }
  if ('tool' in ref) {
    const tool = t.tools.find((x) => x.slug === ref.tool);
    if (!tool) return void report(`ref names unknown tool "${ref.tool}"`);
    if (!tool.anchors.includes(ref.section)) {
      return void report(`tool "${ref.tool}" has no section "${ref.section}" (has ${tool.anchors.join(', ')})`);
    }
    return { href: paths.toolSection(ref.tool, ref.section), title: tool.frontmatter.title };
  }
  if ('article' in ref) {
    if (!t.articles.has(ref.article)) return void report(`ref names unknown law article ${ref.article}`);
    return { href: paths.lawArticle(ref.article), title: `${articleLabel(ref.article, t.locale)} · ${t.lawTitle}` };
  }
  if (!t.rules.has(ref.rule)) return void report(`ref names unknown rule "${ref.rule}"`);
  const rule = t.rules.peek(ref.rule);
  return rule && { href: paths.rule(ref.rule), title: rule.group.title };
}

/** One quiz file per lesson, plus law.json and rules.json; every reference must resolve. */
export function loadQuiz(ctx: LoadContext, t: RefTargets): TopicQuizItem[] {
  if (!t.complete) return [];
  const files: { file: string; topic: QuizTopic; lesson?: boolean }[] = [
    ...t.cases.map((c) => ({ file: `quiz/cases/${c.slug}.json`, topic: topicKey('case', c.slug), lesson: true })),
    ...t.tools.map((x) => ({ file: `quiz/tools/${x.slug}.json`, topic: topicKey('tool', x.slug), lesson: true })),
    { file: 'quiz/law.json', topic: LAW_TOPIC },
    { file: 'quiz/rules.json', topic: RULES_TOPIC },
  ];
  for (const folder of ['quiz/cases', 'quiz/tools']) {
    const dir = path.join(ctx.root, ctx.locale, folder);
    if (!existsSync(dir)) continue;
    for (const entry of readdirSync(dir)) {
      if (!files.some((f) => f.file === `${folder}/${entry}`)) ctx.problems.add(ctx.name(`${folder}/${entry}`), 'no lesson has this slug');
    }
  }
  const items: TopicQuizItem[] = [];
  for (const { file, topic, lesson } of files) {
    const name = ctx.name(file);
    const data = ctx.read(file, quizFileSchema);
    if (!data) continue;
    const prefix = path.basename(file, '.json');
    for (const { scenario, ...item } of data.items) {
      if (!item.id.startsWith(`${prefix}-`)) ctx.problems.add(name, `item id "${item.id}" must start with "${prefix}-"`);
      const link = (ref: QuizRef) => learnLink(ref, t, (problem) => ctx.problems.add(name, `${item.id}: ${problem}`));
      const learn = link(item.ref);
      const clues = scenario?.clues.flatMap((clue): LearnClue[] => {
        const to = link(clue.ref);
        return to ? [{ ...clue, learn: to }] : [];
      });
      if (learn) items.push({ ...item, ...(scenario && clues && { scenario: { ...scenario, clues } }), topic, learn });
    }
    const inLessonQuiz = data.items.filter((i) => i.lessonQuiz).length;
    if (lesson && (inLessonQuiz < 3 || inLessonQuiz > 5)) ctx.problems.add(name, `a lesson quiz needs 3–5 items marked "lessonQuiz" (found ${inLessonQuiz})`);
    if (!lesson && inLessonQuiz > 0) ctx.problems.add(name, '"lessonQuiz" only applies to lesson quizzes');
  }
  ctx.unique(items, (i) => i.id, path.join(path.basename(ctx.root), ctx.locale, 'quiz'), 'quiz id');
  return items;
}
