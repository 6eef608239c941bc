import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/files';
import { loadLocaleContent } from '@/lib/content/load';
import { CONTENT, contentCopy } from './helpers';

const caseStudy = (locale: string, slug: string) =>
  /<CaseStudy>([\s\S]*?)<\/CaseStudy>/.exec(readFileSync(path.join(CONTENT, locale, 'cases', `${slug}.mdx`), 'utf8'))![1]!;

// The handbook's cases name people as 邵某, 于某, 杨某…: no gender. Only 谢女士 is given one.
describe('no English case gives a person a gender the source does not give', () => {
  const slugs = loadLocaleContent('zh-CN', CONTENT).cases.map((c) => c.slug);
  it.each(slugs)('%s', (slug) => {
    const zh = caseStudy('zh-CN', slug);
    const en = caseStudy('en', slug);
    const male = /先生|（男/.test(zh);
    const female = /女士|（女/.test(zh);
    if (!male) expect(en).not.toMatch(/\bMr\b/);
    if (!female) expect(en).not.toMatch(/\b(Ms|Mrs|Miss)\b/);
    if (!male && !female) expect(en).not.toMatch(/\b(he|him|his|himself|she|her|hers|herself)\b/i);
  });
});

describe('a rule is never marked as out of date', () => {
  // No source says any of its rules is no longer in force; the 2016 and 2017 groups are dated instead.
  it('the rules carry no such marker, and the schema refuses one', () => {
    const c = contentCopy();
    c.editJson('zh-CN/rules.json', (d) => (d.groups.find((g: { id: string }) => g.id === 'sms').items[4].current = false));
    expect(() => loadLocaleContent('zh-CN', c.root)).toThrow(ContentError);
    for (const locale of ['zh-CN', 'en'] as const) {
      const groups = loadLocaleContent(locale, CONTENT).rules;
      for (const group of groups.filter((g) => g.id === 'sms' || g.id === 'notice2016')) expect(group.historical).toBe(true);
    }
  });
});

describe('the 2017 text-message tips are history, not a lesson’s advice', () => {
  it('no case lesson lists one among its rules to remember, and the help guide does not cite them', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const content = loadLocaleContent(locale, CONTENT);
      for (const c of content.cases)
        expect(
          c.frontmatter.rules.filter((id) => id.startsWith('sms-')),
          c.slug,
        ).toEqual([]);
      const help = content.help;
      const cited = [...help.steps.flatMap((s) => s.paragraphs), ...help.evidence.paragraphs, ...help.recovery.paragraphs];
      expect(cited.filter((p) => p.source?.id === 'zhejiang-2017')).toEqual([]);
    }
  });
});
