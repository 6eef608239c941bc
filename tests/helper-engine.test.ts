import { describe, expect, it } from 'vitest';
import { MAX_TEXT, analyse, findPhrases } from '@/lib/helper/engine';
import { loadLocaleContent } from '@/lib/content/load';
import { seededRandom } from '@/lib/quiz/random';
import { CONTENT } from './helpers';

const GENUINE = {
  'zh-CN': [
    '您的快递已到小区驿站，请凭取件码取件。',
    '您尾号1234的账户于10:20支出100.00元。',
    '明天下午三点开会，请准时参加。',
    '妈，我周末回家吃饭。',
    '本周五学校开放日，欢迎家长到校参观。',
  ],
  en: [
    'Your parcel has arrived at the pickup point. Please collect it with your pickup code.',
    'Your account ending 1234 was debited 100.00 yuan at 10:20.',
    'Meeting moved to 3 pm tomorrow.',
    "Hi Mum, I'll be home for dinner on Saturday.",
    'School open day this Friday, parents welcome.',
  ],
} as const;

describe.each(['zh-CN', 'en'] as const)('%s rules', (locale) => {
  const content = loadLocaleContent(locale, CONTENT);
  const rules = content.helper;

  /** The handbook's own 典型案例, as the text a worried reader might paste or retell. */
  const caseStudy = (slug: string) => {
    const body = content.cases.find((c) => c.slug === slug)!.body;
    return body.match(/<CaseStudy>([\s\S]*?)<\/CaseStudy>/)![1]!.trim();
  };

  describe('each case type is recognised from its handbook case', () => {
    it.each(content.cases.map((c) => c.slug))('%s', (slug) => {
      const result = analyse(rules, [], caseStudy(slug));
      expect(result.cases.slice(0, 3).map((c) => c.slug)).toContain(slug);
      expect(result.verdict).not.toBe('none');
    });
  });

  describe('answers alone lead to the case type', () => {
    it.each([
      ['fake-police', ['who-police', 'ask-safe-account']],
      ['brushing-rebate', ['who-job']],
      ['fake-boss', ['who-boss']],
      ['romance', ['who-online']],
    ])('%s', (slug, answers) => {
      const result = analyse(rules, answers, '');
      expect(result.cases[0]?.slug).toBe(slug);
    });
  });

  it.each(GENUINE[locale])('%s raises no warning sign of weight 5 or more and no case type', (text) => {
    const result = analyse(rules, [], text);
    expect(result.cases).toEqual([]);
    const byId = new Map(rules.signals.map((s) => [s.id, s.weight]));
    expect(result.signals.filter((id) => byId.get(id)! >= 5)).toEqual([]);
    expect(result.verdict).not.toBe('stop');
  });
});

const rules = loadLocaleContent('zh-CN', CONTENT).helper;

describe('verdicts', () => {
  it('never produces a "safe" verdict: the mildest result is "none found"', () => {
    const verdicts = new Set(['stop', 'caution', 'none']);
    expect(verdicts.has(analyse(rules, [], '').verdict)).toBe(true);
    expect(analyse(rules, [], '').verdict).toBe('none');
  });
});

describe('phrase matching', () => {
  it('marks where each phrase stands, without overlaps', () => {
    const text = '请把钱转到安全账户，并告诉我验证码';
    const hits = findPhrases(text, rules.phrases);
    expect(hits.map((h) => text.slice(h.start, h.end))).toEqual(expect.arrayContaining(['安全账户', '验证码']));
    for (let i = 1; i < hits.length; i++) expect(hits[i]!.start).toBeGreaterThanOrEqual(hits[i - 1]!.end);
  });

  it('ignores ASCII case and keeps positions in the original text', () => {
    const phrases = [{ id: 'app', match: ['app'], signal: 'x' }];
    const text = 'İ下载APP';
    const [hit] = findPhrases(text, phrases);
    expect(text.slice(hit!.start, hit!.end)).toBe('APP');
  });
});

describe('any input, quickly', () => {
  const alphabet = [
    ...'安全账户验证码刷单佣金abcXYZ 0123<>&"\'/\\\n\t😀👍🏻中文ＡＢＣ',
    '<script>alert(1)</script>',
    '\u0000',
    '\uD800',
    'İ',
  ];
  const random = seededRandom(42);
  const pick = <T>(list: readonly T[]) => list[Math.floor(random() * list.length)]!;
  const options = rules.questions.flatMap((q) => q.options.map((o) => o.id));

  it('handles 10 000 random inputs without throwing, each well under 50 ms', () => {
    let slowest = 0;
    for (let i = 0; i < 10_000; i++) {
      const length = Math.floor(random() * 400);
      let text = '';
      for (let j = 0; j < length; j++) text += pick(alphabet);
      const answers = Array.from({ length: Math.floor(random() * 6) }, () => pick([...options, 'not-an-option']));
      const start = performance.now();
      const result = analyse(rules, answers, text);
      slowest = Math.max(slowest, performance.now() - start);
      expect(['stop', 'caution', 'none']).toContain(result.verdict);
    }
    console.log(`slowest of 10 000 random analyses: ${slowest.toFixed(2)} ms`);
    expect(slowest).toBeLessThan(50);
  });

  it('handles 100 000 characters and more', () => {
    for (const text of ['安全账户'.repeat(25_000), 'a'.repeat(MAX_TEXT + 5_000), '😀'.repeat(60_000), '']) {
      const start = performance.now();
      const result = analyse(rules, [], text);
      const ms = performance.now() - start;
      expect(ms).toBeLessThan(50);
      for (const hit of result.hits) expect(hit.end).toBeLessThanOrEqual(MAX_TEXT);
    }
  });
});
