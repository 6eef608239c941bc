import 'server-only';
import path from 'node:path';
import type { LoadContext } from '../context';
import type { CaseDraft, CaseWalkthrough, WalkthroughStep } from '../model';
import { walkthroughSchema } from '../schemas';
import { learnLink, type RefTargets } from './quiz';
import type { SourceLookup } from './sources';

// 情景演練: one case's scam as it unfolds, a choice at each step (content/{locale}/walkthroughs/{case}.json).

/** One walkthrough per case lesson, in walkthroughs/{slug}.json; every reference must resolve. */
export function loadWalkthroughs(ctx: LoadContext, sources: SourceLookup, targets: RefTargets): CaseWalkthrough[] {
  if (!targets.complete) return [];
  return targets.cases.flatMap((lesson: CaseDraft): CaseWalkthrough[] => {
    const file = path.join('walkthroughs', `${lesson.slug}.json`);
    const name = ctx.name(file);
    const walkthrough = ctx.read(file, walkthroughSchema);
    if (!walkthrough) return [];
    const source = sources.get(name, walkthrough.source);
    const steps = walkthrough.steps.flatMap((step, i): WalkthroughStep[] => {
      const learn = learnLink(step.ref, targets, (problem) => ctx.problems.add(name, `step ${i + 1}: ${problem}`));
      return learn ? [{ ...step, learn }] : [];
    });
    if (!lesson.remember) ctx.problems.add(lesson.file, 'a case lesson with a walkthrough needs a <Remember> line');
    const link = { slug: lesson.slug, title: lesson.frontmatter.title, order: lesson.frontmatter.order };
    return source ? [{ ...walkthrough, slug: lesson.slug, lesson: link, source, steps, remember: lesson.remember }] : [];
  });
}
