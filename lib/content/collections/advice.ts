import 'server-only';
import { Lookup, type LoadContext } from '../context';
import type { Advice } from '../model';
import { adviceSchema } from '../schemas';
import type { RuleLookup } from './rules';
import type { SourceLookup } from './sources';

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
