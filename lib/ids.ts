/**
 * The key a lesson's quiz items, reading progress and lesson-quiz result are kept under: "case:fake-loan",
 * "tool:nafc-app". Readers' browsers store these keys (lib/progress.ts): the format never changes.
 */
export const topicKey = (kind: 'case' | 'tool', slug: string) => `${kind}:${slug}` as const;
/** The self-test's two topics that are not a lesson. */
export const LAW_TOPIC = 'law';
export const RULES_TOPIC = 'rules';

/**
 * The rule groups of content/{locale}/rules.json (content/AUTHORING.md explains each): the rules schema
 * accepts only these ids, and code names a group by one of them, so a misspelt id is an error either way.
 */
export const RULE_GROUP_IDS = ['fanshi', 'sanbu', 'yilv', 'sms', 'notice2016'] as const;
export type RuleGroupId = (typeof RULE_GROUP_IDS)[number];
