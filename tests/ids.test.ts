import { describe, expect, it } from 'vitest';
import { contentLocales, loadLocaleContent } from '@/lib/content/load';
import { RULE_GROUP_IDS, topicKey } from '@/lib/ids';
import { CONTENT } from './helpers';

describe('rule group ids', () => {
  it('are exactly the groups every locale has, in order', () => {
    for (const locale of contentLocales(CONTENT)) {
      const { rules, ruleGroups } = loadLocaleContent(locale, CONTENT);
      expect(rules.map((g) => g.id)).toEqual([...RULE_GROUP_IDS]);
      expect(ruleGroups.sanbu.items.map((i) => i.id)).toEqual(['sanbu-1', 'sanbu-2', 'sanbu-3', 'sanbu-4']);
    }
  });
});

describe('topic keys', () => {
  it('are the keys quiz items carry, which readers already have stored', () => {
    const { quiz } = loadLocaleContent('zh-CN', CONTENT);
    expect(topicKey('case', 'fake-police')).toBe('case:fake-police');
    expect(quiz.some((item) => item.topic === topicKey('case', 'fake-police'))).toBe(true);
    expect(quiz.some((item) => item.topic === topicKey('tool', 'nafc-app'))).toBe(true);
  });
});
