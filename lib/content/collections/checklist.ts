import 'server-only';
import { defined, type LoadContext } from '../context';
import type { Checklist } from '../model';
import { checklistSchema } from '../schemas';
import type { RuleLookup } from './rules';
import type { SourceLookup } from './sources';

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
