import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/problems';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { filesUnder } from '../scripts/lib/files.mjs';
import { CONTENT, allSourcesText, contentCopy, sourceText, squash } from './helpers';

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

// The quiz, walkthroughs and helper name the same anonymised people (王某, 刘某, 樊某…) and some of our own
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
 * A file cut into the pieces that match across languages: quiz items by id, walkthrough steps, helper entries.
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

const englishFiles = ['quiz/cases', 'quiz/tools', 'quiz', 'walkthroughs']
  .flatMap((dir) =>
    readdirSync(path.join(CONTENT, 'en', dir))
      .filter((f) => f.endsWith('.json'))
      .map((f) => `${dir}/${f}`),
  )
  .concat('scam-check.json');

describe('no English quiz item, walkthrough or helper entry gives a person a gender the Chinese does not give', () => {
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
      // The reader is “you”, of either sex: a partner's word genders the reader unless the Chinese does.
      const partner = /\b(girlfriend|boyfriend|wife|husband)\b/i.exec(en);
      if (partner && !/女朋友|男朋友|女友|男友|妻子|丈夫|老婆|老公/.test(zhText))
        problems.push(`${key}: “${partner[0]}” in “${around(en, partner.index)}”`);
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
  it('no case lesson lists one among its rules to remember, and the help guide cites them only as dated history', () => {
    for (const locale of routing.locales) {
      const content = loadLocaleContent(locale, CONTENT);
      for (const c of content.cases)
        expect(
          c.frontmatter.rules.filter((id) => id.startsWith('sms-')),
          c.slug,
        ).toEqual([]);
      const help = content.help;
      const cited = [...help.steps.flatMap((s) => s.paragraphs), ...help.evidence.paragraphs, ...help.recovery.paragraphs];
      const dated = locale === 'zh-CN' ? /^历史资料：[^：]*2017年/ : /^Historical: [^:]*2017/;
      for (const p of cited.filter((x) => x.source?.id === 'zhejiang-2017')) expect(p.label ?? '', p.text).toMatch(dated);
    }
  });

  it('the helper cites none as a rule, and shows the ones it explains a sign with as dated history', () => {
    for (const locale of ['zh-CN', 'en'] as const) {
      const signals = loadLocaleContent(locale, CONTENT).scamCheck.signals;
      expect(signals.flatMap((s) => s.rules).filter((id) => id.startsWith('sms-'))).toEqual([]);
      const dated = locale === 'zh-CN' ? /^历史资料，2017年/ : /^Historical, from the 2017 /;
      for (const s of signals.filter((x) => x.source?.id === 'zhejiang-2017')) expect(s.explain, s.id).toMatch(dated);
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

// The Chinese gives the handbook's anonymised people (邵某, 于某, 樊某…) no gender either: a sentence that
// names one says 邵某 again, not 他 or 她. Fujian 2020 genders its people: 盘某（女，26岁…）.
describe('no Chinese text gives an anonymised person of the sources a pronoun', () => {
  const gendered = new Set([...allSourcesText().matchAll(/(\p{Script=Han}某)（[男女]/gu)].map((m) => m[1]));
  const strings = (value: unknown, key = ''): string[] =>
    key === 'phrases'
      ? []
      : typeof value === 'string'
        ? [value]
        : value && typeof value === 'object'
          ? Object.entries(value).flatMap(([k, v]) => strings(v, Array.isArray(value) ? key : k))
          : [];
  const files = filesUnder(path.join(CONTENT, 'zh-CN')).filter((f) => f.endsWith('.json'));
  it('the sources gender 盘某 and no one else this way', () => expect([...gendered]).toEqual(['盘某']));
  it.each(files.map((f) => [path.relative(CONTENT, f), f]))('%s', (_, file) => {
    const found = strings(JSON.parse(readFileSync(file, 'utf8'))).flatMap((text) =>
      text
        .split(/(?<=[。！？])/)
        .filter((s) => [...s.matchAll(/\p{Script=Han}某/gu)].some((m) => !gendered.has(m[0])) && /(?<!其)[他她]/.test(s)),
    );
    expect(found).toEqual([]);
  });
});

describe('the help guide says whose facts it gives', () => {
  it('each tool’s note names the 2023 handbook, and 一键查卡 is described as the trial the handbook calls it', () => {
    for (const locale of routing.locales) {
      const help = loadLocaleContent(locale, CONTENT).help;
      const handbook = locale === 'zh-CN' ? /2023年手册/ : /2023 handbook/;
      for (const { tool, why } of help.tools) expect(why, tool.slug).toMatch(handbook);
      const texts = [...help.tools.map((t) => t.why), ...help.steps.flatMap((s) => s.paragraphs.map((p) => p.text))];
      const trial =
        locale === 'zh-CN'
          ? /试运营[^。]*18家全国性银行及100余家区域性银行/
          : /trial[^.]*18 national banks and more than 100 regional banks/;
      for (const text of texts.filter((t) => t.includes('一键查卡'))) expect(text).toMatch(trial);
    }
  });
});

// The reader is “you”: a walkthrough or a quiz scenario shows the reader's own phone, so no one there calls
// the reader by a source's anonymised name (杨某, 王某…), which would make a real case's person a character.
// The clues under a scenario explain it and may name the case they come from.
describe('no scenario calls anyone by a source’s anonymised name', () => {
  // A case's person: 某 after a surname, where a sentence or clause starts (市民李某, “杨某接到…”), not 某国, 某市.
  const named = new Set(
    [...allSourcesText().matchAll(/(?:^|[\s，。、：；“（民])(\p{Script=Han}某)(?![国地省市区县])/gmu)].map((m) => m[1]!),
  );
  const scenarioText = (value: unknown, inScenario = false): string[] =>
    typeof value === 'string'
      ? inScenario
        ? [value]
        : []
      : value && typeof value === 'object'
        ? Object.entries(value).flatMap(([k, v]) => (k === 'clues' ? [] : scenarioText(v, inScenario || k === 'scenario')))
        : [];
  const files = filesUnder(path.join(CONTENT, 'zh-CN')).filter((f) => /[/\\](walkthroughs|quiz)[/\\]/.test(f));
  it('knows the sources’ people', () => expect([...named]).toEqual(expect.arrayContaining(['杨某', '王某', '邵某', '盘某'])));
  it.each(files.map((f) => [path.relative(CONTENT, f), f]))('%s', (rel, file) => {
    const found = scenarioText(JSON.parse(readFileSync(file, 'utf8'))).flatMap((t) =>
      [...t.matchAll(/\p{Script=Han}某/gu)].filter((m) => named.has(m[0])).map((m) => `${m[0]} in “${t.slice(0, 30)}”`),
    );
    expect(found).toEqual([]);
  });
});
