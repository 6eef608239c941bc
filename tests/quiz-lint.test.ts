import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { selfTestPool } from '@/lib/quiz/draw';
import {
  actionItems,
  bankFigures,
  blindScore,
  cueScore,
  formatFigures,
  LIMITS,
  lengthRankScores,
  lintBank,
  longestKeys,
  optionsOnlyFigures,
} from './quiz-lint';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { CONTENT } from './helpers';

/**
 * The picks of a reader who saw only each action item's options, in the bank's order (no message, no
 * explanation, no key), as `{ picks: { "<item id>/<locale>": index }, seen: { "<item id>/<locale>": [options] } }`.
 * Committed by whoever ran it; `seen` holds the options it answered, so a later edit of an item asks for a new reader.
 */
const OPTIONS_ONLY = path.join(__dirname, 'fixtures/options-only.json');
const optionsOnlyFixture = existsSync(OPTIONS_ONLY)
  ? (JSON.parse(readFileSync(OPTIONS_ONLY, 'utf8')) as { picks: Record<string, number>; seen: Record<string, string[]> })
  : undefined;
const optionsOnly = optionsOnlyFixture?.picks;

describe.each(routing.locales)('the %s bank lint', (locale) => {
  const bank = loadLocaleContent(locale, CONTENT).quiz;
  const pool = selfTestPool(bank);

  it('prints its figures and passes', () => {
    console.log(formatFigures(locale, bankFigures(pool)));
    expect(lintBank(bank, pool)).toEqual([]);
  });

  it('never makes the key strictly the longest option', () => {
    expect(longestKeys(pool)).toEqual([]);
  });

  it('gives a reader who sees only the options of the action items no more than blind guessing (+15 points)', () => {
    if (!optionsOnly) {
      console.log(`Options-only reader (${locale}): no tests/fixtures/options-only.json, skipped`);
      return;
    }
    const suffix = `/${locale}`;
    const picks = Object.fromEntries(
      Object.entries(optionsOnly)
        .filter(([key]) => key.endsWith(suffix))
        .map(([key, index]) => [key.slice(0, -suffix.length), index]),
    );
    const f = optionsOnlyFigures(pool, picks);
    console.log(
      `Options-only reader (${locale}): ${Math.round(f.score * 100)} % on ${f.items} action items, blind ${Math.round(f.blind * 100)} %`,
    );
    expect(f.missing, 'action items the fixture has no pick for: measure again').toEqual([]);
    const changed = Object.keys(picks).filter((id) => {
      const item = pool.find((i) => i.id === id);
      return (
        !item || JSON.stringify(item.options.map((o) => o.text)) !== JSON.stringify(optionsOnlyFixture!.seen[`${id}${suffix}`])
      );
    });
    expect(changed, 'action items whose options changed since the reader answered: measure again').toEqual([]);
    expect(f.score - f.blind).toBeLessThanOrEqual(LIMITS.cueAdvantage);
  });
});

describe('the options-only figures', () => {
  const action = (id: string, key: string) => ({
    id,
    type: 'scenario' as const,
    prompt: '?',
    options: ['a', 'b', 'c', 'd'].map((o) => ({ id: o, text: o })),
    answer: [key],
  });
  const judged = {
    ...action('j-1', 'scam'),
    options: [
      { id: 'scam', text: '骗局' },
      { id: 'genuine', text: '真的' },
    ],
  };

  it('scores only the action items, by option index, against one in n', () => {
    const items = [action('a-1', 'c'), action('a-2', 'a'), judged];
    expect(actionItems(items).map((i) => i.id)).toEqual(['a-1', 'a-2']);
    expect(optionsOnlyFigures(items, { 'a-1': 2, 'a-2': 3 })).toEqual({ items: 2, missing: [], score: 0.5, blind: 0.25 });
    expect(optionsOnlyFigures(items, { 'a-1': 2 }).missing).toEqual(['a-2']);
  });
});

describe('the cue-only answerer', () => {
  const tf = (prompt: string, key: 'true' | 'false') => ({
    id: 'x-1',
    type: 'truefalse' as const,
    prompt,
    options: [
      { id: 'true', text: '对' },
      { id: 'false', text: '错' },
    ],
    answer: [key],
  });
  const single = (texts: string[], key: string) => ({
    id: 'x-2',
    type: 'single' as const,
    prompt: '?',
    options: texts.map((text, i) => ({ id: 'abcd'[i]!, text })),
    answer: [key],
  });

  it('answers 错 to sweeping statements and 对 to warnings', () => {
    expect(cueScore(tf('只要有公章就可以相信', 'false'))).toBe(1);
    expect(cueScore(tf('只要有公章就可以相信', 'true'))).toBe(0);
    expect(cueScore(tf('警惕陌生来电', 'true'))).toBe(1);
    expect(cueScore(tf('警察会来电', 'true'))).toBe(0.5);
  });

  it('picks the longest safe-sounding option, sharing the point on a tie', () => {
    expect(cueScore(single(['转账', '挂断电话，自己拨打110核实', '加QQ'], 'b'))).toBe(1);
    expect(cueScore(single(['转账给对方', '挂断', '拒绝'], 'b'))).toBe(0.5);
    expect(cueScore(single(['转一部分给对方表示诚意', '先加好友看看', '照做'], 'c'))).toBe(0);
  });

  it('guesses blindly at one in n, and one in the sets of two or more for multiple choice', () => {
    expect(blindScore(single(['a', 'b', 'c', 'd'], 'a'))).toBe(0.25);
    expect(blindScore({ ...single(['a', 'b', 'c', 'd'], 'a'), type: 'multiple', answer: ['a', 'b'] })).toBe(1 / 11);
  });
});

describe('lintBank', () => {
  const item = (id: string, texts: string[], answer: string[], extra = {}) => ({
    id,
    type: answer.length > 1 ? ('multiple' as const) : ('single' as const),
    prompt: '?',
    options: texts.map((text, i) => ({ id: 'abcde'[i]!, text })),
    answer,
    ...extra,
  });

  it('names the items whose key is strictly the longest, ties and judgement items aside', () => {
    const judged = { ...item('j-1', ['骗局', '真的'], ['genuine']), type: 'scenario' as const };
    judged.options = [
      { id: 'scam', text: '骗局' },
      { id: 'genuine', text: '真的的' },
    ];
    expect(longestKeys([item('l-1', ['短', '长长的'], ['b']), item('l-2', ['一样长', '一样长'], ['b']), judged])).toEqual([
      'l-1',
    ]);
  });

  it('fails a bank whose keys are the long options, a bad multiple choice and trivia in the draw', () => {
    const items = [
      item('a-1', ['短', '挂断电话自己拨打官方号码核实', '照做'], ['b']),
      item('a-2', ['甲', '乙', '丙'], ['a', 'b']),
      item('a-3', ['一', '二', '挂断电话，自己拨打官方号码核实'], ['c'], { trivia: true }),
    ];
    const problems = lintBank(items, items);
    expect(problems).toContainEqual(expect.stringMatching(/strictly the longest/));
    expect(problems).toContainEqual(expect.stringMatching(/length ratio/));
    expect(problems).toContainEqual('a-2: multiple choice needs 2–3 keys of 4–5 options');
    expect(problems).toContainEqual('a-3: trivia is in the self-test draw');
  });

  it('fails a bank whose keys are always of middle length, the cue left after trimming the long keys', () => {
    const items = [0, 1, 2, 3].map((n) => item(`m-${n}`, ['短的', '长一点的', '最长的那一个选项'], ['b']));
    expect(lengthRankScores(items).middle).toBe(1);
    expect(lintBank(items, items)).toContainEqual(expect.stringMatching(/always picking the middle option scores 100 %/));
  });
});
