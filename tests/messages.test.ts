import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { fill } from '@/lib/quiz/fill';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

type Tree = { [key: string]: string | Tree };
const entries = (tree: Tree, prefix = ''): [string, string][] =>
  Object.entries(tree).flatMap(([k, v]) => (typeof v === 'string' ? [[prefix + k, v]] : entries(v, `${prefix}${k}.`)));
const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();

describe('fill()', () => {
  it('fills every placeholder of a typed template', () => {
    expect(fill(zh.quiz.progress, { current: 3, total: 20 })).toBe('第 3 / 20 题');
    expect(fill(zh.checklistTool.outcomeStop, { count: 2 })).toBe('有 2 项符合：先不要转账！');
  });

  it('refuses a misspelt, missing or unknown placeholder at type-check time (tsc reads this file)', () => {
    // @ts-expect-error "totl" is not a placeholder of "第 {current} / {total} 题"
    expect(fill(zh.quiz.progress, { current: 3, totl: 20 })).toBe('第 3 / {total} 题');
    // @ts-expect-error "total" is missing
    expect(fill(zh.quiz.progress, { current: 3 })).toBe('第 3 / {total} 题');
    const untyped: string = zh.quiz.progress;
    // @ts-expect-error a template typed only as string cannot be checked, so it is not accepted
    expect(fill(untyped, { current: 3, total: 20 })).toBe('第 3 / 20 题');
  });
});

describe('the scam check verdicts', () => {
  it('label their advice as ours, in both languages, the stop and the told-of ask for an ask of our own advice included', () => {
    for (const [messages, ours] of [
      [zh, '本站建议：'],
      [en, 'Our advice: '],
    ] as const) {
      const { verdict, stopOurs, toldOurs } = messages.scamCheck;
      for (const text of [...Object.values(verdict).map((v) => v.text), stopOurs, toldOurs]) expect(text).toContain(ours);
      // Only the stop for an ask a source states credits the sources; the one for our own advice does not.
      for (const text of [stopOurs, toldOurs]) expect(text).not.toMatch(/官方资料|official sources/);
    }
  });
});

describe('interface strings', () => {
  const english = new Map(entries(en));

  it('have the same placeholders in both languages, so a template typed from zh-CN fits the English one', () => {
    const differ = entries(zh).filter(([key, text]) => placeholders(english.get(key) ?? '').join() !== placeholders(text).join());
    expect(differ.map(([key]) => key)).toEqual([]);
  });

  it('use only plain {name} placeholders, which client components fill as they are (no ICU plural, select or quoting)', () => {
    const icu = [...entries(zh), ...english].filter(([, text]) => /\{\s*\w+\s*,|''|'[{}]/.test(text));
    expect(icu).toEqual([]);
  });

  it('are typed from the current zh-CN catalogue (next build rewrites messages/zh-CN.d.json.ts)', () => {
    const declaration = readFileSync(path.join(__dirname, '../messages/zh-CN.d.json.ts'), 'utf8');
    const body = declaration.slice(declaration.indexOf('{'), declaration.lastIndexOf('};') + 1);
    expect(JSON.parse(body)).toEqual(zh);
  });
});
