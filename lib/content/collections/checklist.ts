import 'server-only';
import { z } from 'zod';
import { defined, type LoadContext } from '../context';
import { ruleId, slug, text } from '../fields';
import type { RuleLookup } from './rules';
import type { SourceInfo, SourceLookup } from './sources';

export const checklistSchema = z.strictObject({
  title: text,
  intro: text,
  points: z
    .array(
      z.strictObject({
        id: slug,
        rule: ruleId,
        title: text,
        why: text,
        checks: z.array(z.strictObject({ id: slug, question: text, stop: text, source: slug })).min(1),
      }),
    )
    .length(4),
  outcome: z.strictObject({ title: text, steps: z.array(text).min(1), sources: z.array(slug).min(1) }),
});

/** The 三不一多 checklist. Points keep their source ids (the tool gets them as they are); `sources` lists them resolved. */
export type Checklist = z.infer<typeof checklistSchema> & { sources: SourceInfo[] };

export function loadChecklist(ctx: LoadContext, sources: SourceLookup, rules: RuleLookup): Checklist | undefined {
  const file = ctx.name('checklist.json');
  const raw = ctx.read('checklist.json', checklistSchema);
  if (!raw) return undefined;
  ctx.unique(raw.points, (p) => p.id, file, 'point id');
  ctx.unique(
    raw.points.flatMap((p) => p.checks),
    (c) => c.id,
    file,
    'check id',
  );
  for (const point of raw.points) rules.get(file, point.rule);
  const ids = [...new Set([...raw.points.flatMap((p) => p.checks.map((c) => c.source)), ...raw.outcome.sources])];
  return { ...raw, sources: defined(ids.map((id) => sources.get(file, id))) };
}
