import { describe, expect, it } from 'vitest';
import { contentLocales, loadLocaleContent } from '@/lib/content/load';
import { RULE_GROUP_IDS, topicKey } from '@/lib/ids';
import { paths } from '@/lib/routes';
import { absoluteUrl, localePath } from '@/lib/locale-url';
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

describe('locale URLs', () => {
  it('put the locale in front of a path and leave fragments and full addresses alone', () => {
    expect(localePath('en', paths.law())).toBe('/en/law/');
    expect(localePath('zh-CN', paths.home())).toBe('/zh-CN/');
    expect(localePath('en', '#outcome')).toBe('#outcome');
    expect(localePath('en', 'https://example.org/')).toBe('https://example.org/');
  });

  it('build absolute addresses on the given origin', () => {
    expect(absoluteUrl('zh-CN', paths.challenge('fake-police-1'), 'https://example.org')).toBe(
      'https://example.org/zh-CN/quiz/q/fake-police-1/',
    );
    expect(absoluteUrl('en', paths.scamCheck(), new URL('http://localhost:3000'))).toBe('http://localhost:3000/en/check/');
  });
});
