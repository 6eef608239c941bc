import 'server-only';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import { SECTION_COMPONENTS, isSectionComponent } from '@/lib/lesson-sections';
import { Lookup, type LoadContext } from '../context';
import { readMdxFolder } from '../files';
import { CASE_COMPONENTS, CASE_OPTIONAL, checkMdxBody, elementsNamed } from '../mdx';
import type { Advice, CaseDraft, CaseLesson, CaseLink, LawArticle } from '../model';
import { caseFrontmatterSchema } from '../schemas';
import type { RuleLookup } from './rules';
import type { SourceLookup } from './sources';

export const byOrder = <T extends { frontmatter: { order: number } }>(a: T, b: T) => a.frontmatter.order - b.frontmatter.order;

/**
 * A folder's lessons, in file-name order (the order quiz items and walkthroughs are listed in), numbered
 * 1…n without gaps; `complete` is false when a file failed to load.
 */
export function readLessonFolder<T extends { order: number }>(ctx: LoadContext, folder: string, schema: z.ZodType<T>) {
  const lessons = readMdxFolder(ctx.root, path.join(ctx.locale, folder), schema, ctx.problems);
  const dir = path.join(ctx.root, ctx.locale, folder);
  const complete = lessons.length === (existsSync(dir) ? readdirSync(dir).length : 0);
  const orders = lessons.map((l) => l.frontmatter.order).sort((a, b) => a - b);
  if (complete && orders.some((order, index) => order !== index + 1)) {
    ctx.problems.add(ctx.name(folder), `order must run 1…${lessons.length} without gaps (found ${orders.join(', ')})`);
  }
  return { lessons, complete };
}

/** {locale}/cases/*.mdx: frontmatter and body checked, steps and 切记 read from the syntax tree. */
export function readCases(ctx: LoadContext) {
  const { lessons, complete } = readLessonFolder(ctx, 'cases', caseFrontmatterSchema);
  const drafts = lessons.map((lesson): CaseDraft => {
    checkMdxBody(lesson.file, lesson.doc, [...CASE_COMPONENTS, ...CASE_OPTIONAL], ctx.problems, CASE_COMPONENTS);
    // The body's sections come in the page's order (lib/lesson-sections.ts), which the reference list follows.
    const written = [...new Set(lesson.doc.elements.map((e) => e.name))].filter(isSectionComponent);
    const expected = SECTION_COMPONENTS.filter((name) => written.includes(name));
    if (written.join() !== expected.join()) {
      ctx.problems.add(lesson.file, `sections out of order: ${written.join(', ')} (the lesson's order is ${SECTION_COMPONENTS.join(', ')})`);
    }
    const steps = elementsNamed(lesson.doc, 'Step');
    const lines = lesson.frontmatter.stepLines;
    if (lines.length !== steps.length) {
      ctx.problems.add(lesson.file, `stepLines has ${lines.length} lines for ${steps.length} <Step> elements`);
    }
    return {
      ...lesson,
      steps: steps.map((s, i) => ({ title: s.attributes.title ?? '', line: lines[i] ?? '' })),
      remember: elementsNamed(lesson.doc, 'Remember')[0]?.text ?? '',
    };
  });
  const links = new Lookup<CaseLink>(
    ctx,
    'case',
    complete ? drafts.map((d) => [d.slug, { slug: d.slug, title: d.frontmatter.title, order: d.frontmatter.order }]) : undefined,
  );
  return { drafts, complete, links };
}

interface CaseTargets {
  sources: SourceLookup;
  rules: RuleLookup;
  advice: Lookup<Advice>;
  articles: Lookup<LawArticle>;
}

/** A lesson's references resolved; undefined when one of them failed (the problem is recorded). */
export function resolveCase(draft: CaseDraft, t: CaseTargets): Omit<CaseLesson, 'lessonQuiz'> | undefined {
  const fm = draft.frontmatter;
  const source = t.sources.get(draft.file, fm.source);
  const rules = t.rules.all(draft.file, fm.rules);
  const advice = t.advice.all(draft.file, fm.advice);
  const articles = t.articles.all(draft.file, fm.lawArticles, (n) => `unknown law article ${n}`);
  const whole = rules.length === fm.rules.length && advice.length === fm.advice.length && articles.length === fm.lawArticles.length;
  return source && whole ? { ...draft, source, rules, advice, articles } : undefined;
}
