import { describe, expect, it } from 'vitest';
import { contentLocales, loadLocaleContent } from '@/lib/content/load';
import { contentParity, idDifference, messageKeys } from '@/lib/content/parity';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { CONTENT, contentCopy } from './helpers';

describe('interface strings', () => {
  it('have the same keys in zh-CN and en', () => {
    expect(idDifference(messageKeys(zh), messageKeys(en))).toEqual({ onlyInFirst: [], onlyInSecond: [] });
  });

  it('fails when a key is missing from one catalogue', () => {
    const broken = structuredClone(en) as Record<string, Record<string, unknown>>;
    delete broken.quiz!.start;
    expect(idDifference(messageKeys(zh), messageKeys(broken)).onlyInFirst).toEqual(['quiz.start']);
  });
});

describe('content', () => {
  const locales = contentLocales(CONTENT);

  it('exists in every locale', () => {
    expect(locales.sort()).toEqual(['en', 'zh-CN']);
  });

  it('is at parity between locales', () => {
    const [a, b] = locales.map((l) => loadLocaleContent(l, CONTENT));
    expect(contentParity(a!, b!)).toEqual([]);
  });

  it('fails on a fixture where a quiz item, a lesson section and a law paragraph are missing in one locale', () => {
    const c = contentCopy();
    c.editJson('en/quiz/law.json', (d) => d.items.pop());
    c.write(
      'en/tools/phone-card-check.mdx',
      c.read('en/tools/phone-card-check.mdx').replace(/<Section id="limits"[\s\S]*?<\/Section>/, ''),
    );
    c.editJson('en/law.json', (d) => d.chapters[0].articles[4].paragraphs.pop());
    const problems = contentParity(loadLocaleContent('zh-CN', c.root), loadLocaleContent('en', c.root));
    expect(problems).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/^quiz: "law-\d+ .*" is in zh-CN but not in en$/),
        expect.stringMatching(/^tools: "phone-card-check sections=.*limits.*" is in zh-CN but not in en$/),
        expect.stringMatching(/^law: "1\/5: .*" is in zh-CN but not in en$/),
      ]),
    );
  });
});
