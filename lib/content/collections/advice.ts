import 'server-only';
import { z } from 'zod';
import { Lookup, type LoadContext } from '../context';
import { ruleId, slug, text } from '../fields';
import type { RuleLookup, RuleRef } from './rules';
import type { SourceInfo, SourceLookup } from './sources';

export const adviceSchema = z.strictObject({
  items: z.array(
    z.strictObject({
      id: slug,
      title: text,
      method: text,
      advice: z.array(text).min(1),
      rules: z.array(ruleId).optional(),
      source: slug,
    }),
  ),
});
type RawAdvice = z.infer<typeof adviceSchema>['items'][number];

/** The Fujian 2020 report's advice on one tactic, with its source and the rules it names. */
export type Advice = Omit<RawAdvice, 'source' | 'rules'> & { source: SourceInfo; rules: RuleRef[] };

export function loadAdvice(ctx: LoadContext, sources: SourceLookup, rules: RuleLookup) {
  const file = ctx.name('advice.json');
  const raw = ctx.read('advice.json', adviceSchema)?.items;
  ctx.unique(raw ?? [], (a) => a.id, file, 'advice id');
  const entries = (raw ?? []).map((item): [string, Advice | undefined] => {
    const source = sources.get(file, item.source);
    const named = rules.all(file, item.rules ?? []);
    return [item.id, source && { ...item, source, rules: named }];
  });
  return new Lookup(ctx, 'advice id', raw && entries);
}
