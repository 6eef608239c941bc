import 'server-only';
import { Lookup, defined, type LoadContext } from '../context';
import type { CaseLink, NamedGroups, RuleGroup, RuleRef } from '../model';
import { NAMED_GROUPS, rulesSchema } from '../schemas';
import type { SourceLookup } from './sources';

/** {locale}/rules.json: every group with its source, every rule with the cases it names. */
export function loadRules(ctx: LoadContext, sources: SourceLookup, cases: Lookup<CaseLink>) {
  const file = ctx.name('rules.json');
  const raw = ctx.read('rules.json', rulesSchema)?.groups;
  ctx.unique(raw ?? [], (g) => g.id, file, 'rule group id');
  ctx.unique(
    (raw ?? []).flatMap((g) => g.items),
    (r) => r.id,
    file,
    'rule id',
  );
  const groups = (raw ?? []).map((group): RuleGroup | undefined => {
    const source = sources.get(file, group.source);
    const items = group.items.map((item) => {
      if (!item.id.startsWith(`${group.id}-`)) ctx.problems.add(file, `rule "${item.id}" must start with "${group.id}-"`);
      const named = cases.all(file, item.cases ?? [], (slug) => `rule "${item.id}" names unknown case "${slug}"`);
      return { ...item, cases: named };
    });
    return source && { ...group, source, items };
  });
  const refs = new Map((raw ?? []).flatMap((g, i) => g.items.map((item, k): [string, RuleRef | undefined] => {
    const group = groups[i];
    const resolved = group?.items[k];
    return [item.id, group && resolved && { group, item: resolved }];
  })));
  const lookup = new Lookup(ctx, 'rule id', raw && [...refs]);
  const named: Partial<NamedGroups> = {};
  for (const id of NAMED_GROUPS) {
    named[id] = defined(groups).find((g) => g.id === id);
    if (raw && !raw.some((g) => g.id === id)) ctx.problems.add(file, `the site shows the group "${id}" by name; it is missing`);
  }
  return { groups: defined(groups), lookup, named };
}
export type RuleLookup = Lookup<RuleRef>;
