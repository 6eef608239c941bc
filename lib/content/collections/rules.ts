import 'server-only';
import { z } from 'zod';
import { Lookup, defined, type LoadContext } from '../context';
import { RULE_GROUP_IDS, type RuleGroupId } from '@/lib/ids';
import { ruleId, slug, text } from '../fields';
import type { CaseLink } from './cases';
import type { SourceInfo, SourceLookup } from './sources';

const ruleItemSchema = z.strictObject({
  id: ruleId,
  text,
  quote: text.optional(),
  cases: z.array(slug).optional(),
});
export const rulesSchema = z.strictObject({
  groups: z.array(
    z.strictObject({
      id: z.enum(RULE_GROUP_IDS),
      title: text,
      source: slug,
      historical: z.boolean(),
      intro: text.optional(),
      note: text.optional(),
      items: z.array(ruleItemSchema).min(1),
    }),
  ),
});
type RawGroup = z.infer<typeof rulesSchema>['groups'][number];
type RawItem = RawGroup['items'][number];

export type RuleItem = Omit<RawItem, 'cases'> & { cases: CaseLink[] };
export type RuleGroup = Omit<RawGroup, 'source' | 'items'> & { source: SourceInfo; items: RuleItem[] };
/** One rule, with the group it belongs to (its title, source and date). */
export interface RuleRef {
  group: RuleGroup;
  item: RuleItem;
}

/** The groups pages show by name: the home page's 八个"凡是" and the handout's 三不一多. */
export const NAMED_GROUPS = ['fanshi', 'sanbu'] as const satisfies readonly RuleGroupId[];
export type NamedGroups = Record<(typeof NAMED_GROUPS)[number], RuleGroup>;

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
