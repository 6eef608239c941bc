import type { RuleGroup } from '@/lib/content/schema';

/**
 * The key a lesson's quiz items, reading progress and lesson-quiz result are kept under: "case:fake-loan",
 * "tool:nafc-app". Readers' browsers store these keys (lib/progress.ts): the format never changes.
 */
export const topicKey = (kind: 'case' | 'tool', slug: string) => `${kind}:${slug}` as const;
/** The self-test's two topics that are not a lesson. */
export const LAW_TOPIC = 'law';
export const RULES_TOPIC = 'rules';

/**
 * The rule groups of content/{locale}/rules.json (content/AUTHORING.md explains each); code names a group
 * by one of these, so a misspelt id is a type error, and a unit test holds every locale's file to them.
 */
export const RULE_GROUP_IDS = ['fanshi', 'sanbu', 'yilv', 'sms', 'notice2016'] as const;
export type RuleGroupId = (typeof RULE_GROUP_IDS)[number];

/** The group `id` of a locale's rules; every locale has every group (tests/ids.test.ts). */
export function ruleGroup(groups: readonly RuleGroup[], id: RuleGroupId): RuleGroup {
  const group = groups.find((g) => g.id === id);
  if (!group) throw new Error(`rule group "${id}" is missing from rules.json`);
  return group;
}
