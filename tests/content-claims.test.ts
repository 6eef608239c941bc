import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/files';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { CONTENT, contentCopy, sourceText, squash } from './helpers';

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

// The quiz, drills and helper name the same anonymised people (王某, 刘某, 樊某…) and some of our own
// characters. A title is kept only where the Chinese gives it: each one listed with where it comes from.
const GENDERED: Record<string, { zh: string; reason: string }> = {
  'Ms Xie': { zh: '谢女士', reason: 'the handbook’s romance case calls her 谢女士' },
  'Mr Wang': { zh: '王先生', reason: 'the fake-credit-record caller greets the reader as 王先生' },
  'Mr Zhou': { zh: '周先生', reason: 'a romance scenario’s match is 周先生' },
  'Mr Liu': { zh: '刘先生', reason: 'a romance scenario’s match is 刘先生' },
  'Mr Chen': { zh: '陈先生', reason: 'a fake-investment scenario’s contact is 陈先生' },
  'Mr Li': { zh: '李先生', reason: 'the nafc-app scenario’s caller is 李先生' },
  'Ms Wang': { zh: '王姐', reason: 'the order-brushing scenario’s neighbour is 王姐' },
};
// “Manager He” is 何经理: He is a surname there.
const MALE = /\b(he|him|his|himself)\b(?<!Manager He)/i;
const FEMALE = /\b(she|her|hers|herself)\b/i;
// A pronoun is kept only where the Chinese of the same item genders someone (他/她, 先生/女士, 姐, 舅舅…).
const ZH_MALE = /先生|（男|他|哥|舅|叔|爸|大兵/;
// 盘某 is a woman in the source: Fujian 2020 writes 盘某（女，26岁…）.
const ZH_FEMALE = /女士|（女|她|姐|妈|姨|盘某/;

/** Every string inside a value, joined: the words a reader may see. */
const words = (value: unknown): string =>
  typeof value === 'string' ? value : value && typeof value === 'object' ? Object.values(value).map(words).join('\n') : '';

/**
 * A file cut into the pieces that match across languages: quiz items by id, drill steps, helper entries.
 * The helper's phrases are left out: they match what a reader types ("hurt his credit") and are never shown.
 */
function units(file: string): Map<string, string> {
  const data = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
  const out = new Map<string, string>();
  for (const [key, value] of Object.entries(data)) {
    if (key === 'phrases') continue;
    if (!Array.isArray(value)) out.set(key, words(value));
    else value.forEach((v: { id?: string }, i) => out.set(`${key}:${v.id ?? i}`, words(v)));
  }
  return out;
}

const englishFiles = ['quiz/cases', 'quiz/tools', 'quiz', 'drills']
  .flatMap((dir) =>
    readdirSync(path.join(CONTENT, 'en', dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${dir}/${f}`),
  )
  .concat('scam-check.json');

describe('no English quiz item, drill or helper entry gives a person a gender the Chinese does not give', () => {
  it('the source gives 盘某 as a woman', () => expect(squash(sourceText('fujian-2020'))).toContain('盘某（女'));
  it.each(englishFiles)('%s', (file) => {
    const zh = units(path.join(CONTENT, 'zh-CN', file));
    const problems: string[] = [];
    for (const [key, en] of units(path.join(CONTENT, 'en', file))) {
      const zhText = zh.get(key) ?? '';
      for (const [name, count] of countTitles(en)) {
        const allowed = GENDERED[name];
        if (!allowed) problems.push(`${key}: “${name}”, the Chinese gives no gender`);
        else if (zhText.split(allowed.zh).length - 1 < count) problems.push(`${key}: “${name}” more often than ${allowed.zh}`);
      }
      const male = MALE.exec(en);
      if (male && !ZH_MALE.test(zhText)) problems.push(`${key}: “${male[0]}” in “${around(en, male.index)}”`);
      const female = FEMALE.exec(en);
      if (female && !ZH_FEMALE.test(zhText)) problems.push(`${key}: “${female[0]}” in “${around(en, female.index)}”`);
    }
    expect(problems).toEqual([]);
  });
});

const around = (text: string, at: number) => text.slice(Math.max(0, at - 50), at + 20).replace(/\n/g, ' ');

function countTitles(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const m of text.matchAll(/\b(Mr|Ms|Mrs|Miss)\.? ([A-Z][a-z]+)/g)) {
    const name = `${m[1]} ${m[2]}`;
    counts.set(name, (counts.get(name) ?? 0) + 1);
  }
  return counts;
}

describe('a rule is never marked as out of date', () => {
  // No source says any of its rules is no longer in force; the 2016 and 2017 groups are dated instead.
  it('the rules carry no such marker, and the schema refuses one', () => {
    const c = contentCopy();
    c.editJson('zh-CN/rules.json', (d) => (d.groups.find((g: { id: string }) => g.id === 'sms').items[4].current = false));
    expect(() => loadLocaleContent('zh-CN', c.root)).toThrow(ContentError);
    for (const locale of routing.locales) {
      const groups = loadLocaleContent(locale, CONTENT).rules;
      for (const group of groups.filter((g) => g.id === 'sms' || g.id === 'notice2016')) expect(group.historical).toBe(true);
    }
  });
});

describe('the 2017 text-message tips are history, not a lesson’s advice', () => {
  it('no case lesson lists one among its rules to remember, and the help guide does not cite them', () => {
    for (const locale of routing.locales) {
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

  it('the helper cites none as a rule, and shows the ones it explains a sign with as dated history', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const signals = loadLocaleContent(locale, CONTENT).scamCheck.signals;
      expect(signals.flatMap((s) => s.rules).filter((id) => id.startsWith('sms-'))).toEqual([]);
      const dated = locale === 'zh-CN' ? /^历史资料，2017年/ : /^Historical, from the 2017 /;
      for (const s of signals.filter((x) => x.source.id === 'zhejiang-2017')) expect(s.explain, s.id).toMatch(dated);
    }
  });
});

describe('the phone-card check’s green channel is what the handbook lists, not a telecom company’s step', () => {
  // The handbook lists 绿色通道 among the service's features and names no one who runs it.
  it('no Chinese quiz item about it sends the reader to 电信企业 or a 营业厅 to close cards', () => {
    const items = loadLocaleContent('zh-CN', CONTENT).quiz.filter((i) => i.topic === 'tool:phone-card-check');
    expect(items.length).toBeGreaterThan(0);
    // A wrong option may send the reader anywhere; what the item teaches is the rest.
    const taught = (item: (typeof items)[number]) => ({
      ...item,
      options: item.options.filter((o) => item.answer.includes(o.id)),
    });
    for (const item of items) expect(words(taught(item)), item.id).not.toMatch(/电信企业[^。]*关停|营业厅[^。]*注销|找电信企业/);
  });
});
