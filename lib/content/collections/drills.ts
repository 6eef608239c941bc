import 'server-only';
import path from 'node:path';
import type { LoadContext } from '../context';
import type { CaseDraft, CaseDrill, DrillStep } from '../model';
import { drillSchema } from '../schemas';
import { learnLink, type RefTargets } from './quiz';
import type { SourceLookup } from './sources';

// 情景演練: one case's scam as it unfolds, a choice at each step (content/{locale}/drills/{case}.json).

/** One walkthrough per case lesson, in drills/{slug}.json; every reference must resolve. */
export function loadDrills(ctx: LoadContext, sources: SourceLookup, targets: RefTargets): CaseDrill[] {
  if (!targets.complete) return [];
  return targets.cases.flatMap((lesson: CaseDraft): CaseDrill[] => {
    const file = path.join('drills', `${lesson.slug}.json`);
    const name = ctx.name(file);
    const drill = ctx.read(file, drillSchema);
    if (!drill) return [];
    const source = sources.get(name, drill.source);
    const steps = drill.steps.flatMap((step, i): DrillStep[] => {
      const learn = learnLink(step.ref, targets, (problem) => ctx.problems.add(name, `step ${i + 1}: ${problem}`));
      return learn ? [{ ...step, learn }] : [];
    });
    if (!lesson.remember) ctx.problems.add(lesson.file, 'a case lesson with a walkthrough needs a <Remember> line');
    const link = { slug: lesson.slug, title: lesson.frontmatter.title, order: lesson.frontmatter.order };
    return source ? [{ ...drill, slug: lesson.slug, lesson: link, source, steps, remember: lesson.remember }] : [];
  });
}
