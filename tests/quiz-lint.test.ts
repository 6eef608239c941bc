import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { selfTestPool } from '@/lib/quiz/draw';
import { bankFigures, blindScore, cueScore, formatFigures, lengthRankScores, lintBank } from '@/lib/quiz/lint';
import { CONTENT } from './helpers';

describe.each(routing.locales)('the %s bank lint', (locale) => {
  const bank = loadLocaleContent(locale, CONTENT).quiz;
  const pool = selfTestPool(bank);

  it('prints its figures and passes', () => {
    console.log(formatFigures(locale, bankFigures(pool)));
    expect(lintBank(bank, pool)).toEqual([]);
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
