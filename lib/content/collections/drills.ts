import 'server-only';
import path from 'node:path';
import { z } from 'zod';
import type { LoadContext } from '../context';
import { refSchema, slug, text } from '../fields';
import type { CaseDraft, CaseLink } from './cases';
import { learnLink, type LearnLink, type RefTargets } from './quiz';
import { phoneScenarioSchema } from './scenario';
import type { SourceInfo, SourceLookup } from './sources';

// 情景演练: one case's scam as it unfolds, a choice at each step (content/{locale}/drills/{case}.json).
const drillChoiceSchema = z
  .strictObject({
    id: z.string().regex(/^[a-z0-9]+$/),
    text,
    safe: z.boolean(),
    /** Safe: why it works. Risky: what happened to the real victim in the source, with the amount. */
    outcome: text,
    /** Safe only: what the scammer tries next. */
    next: text.optional(),
    /** Risky only: the red flag the reader missed. */
    flag: text.optional(),
  })
  .refine((c) => (c.safe ? !!c.next && !c.flag : !!c.flag && !c.next), {
    message: 'a safe choice says what comes next; a risky one names the red flag',
  });
export const drillSchema = z.strictObject({
  intro: text,
  source: slug,
  steps: z
    .array(
      z
        .strictObject({
          /** The handbook's name for this step of the method. */
          stage: text,
          scenario: phoneScenarioSchema,
          prompt: text,
          choices: z.array(drillChoiceSchema).min(2).max(3),
          ref: refSchema,
        })
        .refine((s) => s.choices.some((c) => c.safe) && s.choices.some((c) => !c.safe), {
          message: 'a step needs a safe and a risky choice',
        }),
    )
    .min(3),
});
export type Drill = z.infer<typeof drillSchema>;
export type DrillStep = Drill['steps'][number] & { learn: LearnLink };

/** A case's walkthrough: its lesson, its source, each step's link to learn more, and the 切记 it ends on. */
export type CaseDrill = Omit<Drill, 'source' | 'steps'> & {
  slug: string;
  lesson: CaseLink;
  source: SourceInfo;
  steps: DrillStep[];
  remember: string;
};

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
