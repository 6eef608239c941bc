import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { CONTENT } from './helpers';
import { analyse } from '@/lib/scam-check/engine';
import { evaluate, loadFixture, pct, seenSets, type Score } from './scam-check-evaluate';

/**
 * The scam check against its development set (tests/fixtures/scam-check-eval.*.json), the messages the rules
 * are tuned on, and the sealed sets (tests/fixtures/scam-check-sealed-{n}.*.json, n from 1), each scored once blind and now seen: prints the tables `npm test` shows and holds the targets. A new sealed set is scored by tests/scam-check-sealed.test.ts with the
 * same evaluate().
 */
/** The sealed set's targets, raised where the development set reaches further (top-1, top-3). */
function holdsTargets(s: Score, disputedStops = 0) {
  expect(pct(s.typed.top3, s.typed.n)).toBeGreaterThanOrEqual(95);
  expect(pct(s.typed.top1, s.typed.n)).toBeGreaterThanOrEqual(90);
  expect(pct(s.teaching.top3, s.teaching.n)).toBeGreaterThanOrEqual(85);
  for (const r of s.perCase.values()) expect(pct(r.top3, r.n)).toBeGreaterThanOrEqual(80);
  expect(pct(s.otherWarned, s.others)).toBeGreaterThanOrEqual(90);
  expect(s.genuineStop).toBe(disputedStops);
  expect(pct(s.genuineWarned, s.genuine)).toBeLessThanOrEqual(10);
  expect(s.drops).toBe(0);
}

/**
 * Genuine development messages the check tells to stop against their writer's label, each with the source it follows
 * instead. They stay in the set and in its printed figures; only the target makes room for them, by id.
 */
const DISPUTED: Record<'zh-CN' | 'en', string[]> = {
  'zh-CN': [],
  en: [
    // A child asking a parent to read out a code for a shared account. The sources say never to give a code:
    // 福建2020年通报: "验证码是资金的最后一道防线，切勿提供".
    'dev-1773',
  ],
};

const zh = loadLocaleContent('zh-CN', CONTENT).scamCheck;
const en = loadLocaleContent('en', CONTENT).scamCheck;

describe.each([
  ['zh-CN', zh],
  ['en', en],
] as const)('%s development set', (locale, rules) => {
  const result = evaluate(`development set, ${locale}`, rules, loadFixture('eval', locale), locale);

  it('has enough messages of every kind', () => {
    expect(result.scams.n).toBeGreaterThanOrEqual(100);
    expect(result.perCase.size).toBe(10);
    for (const r of result.perCase.values()) expect(r.n).toBeGreaterThanOrEqual(6);
    expect(result.teaching.n).toBeGreaterThanOrEqual(10);
    expect(result.others).toBeGreaterThanOrEqual(25);
    expect(result.genuine).toBeGreaterThanOrEqual(40);
  });

  it('meets the targets: top-3 ≥ 95 %, top-1 ≥ 90 %, descriptions typed ≥ 85 %, other scams warned ≥ 90 %, genuine: no stop, ≤ 10 % warned, no verdict drop with teaching words', () => {
    const items = loadFixture('eval', locale);
    for (const id of DISPUTED[locale]) {
      const item = items.find((i) => i.id === id)!;
      expect(item.expect).toBe('genuine');
      expect(analyse(rules, [], item.text).verdict).toBe('stop');
    }
    holdsTargets(result, DISPUTED[locale].length);
  });
});

/**
 * What the rules reach on each sealed set since it was seen: a floor, so a change that loses ground fails.
 * Entry i is tests/fixtures/scam-check-sealed-{i + 1}.
 */
const SEEN: readonly Record<'zh-CN' | 'en', { top1: number; top3: number; teaching: number; other: number; warned: number }>[] = [
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 98.7, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 98.7, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 93.3, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 98.7, teaching: 100, other: 96, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 97.3, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 96, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 5 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 96, teaching: 100, other: 100, warned: 5 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 6.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 96, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 96, warned: 1.7 },
    en: { top1: 86.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 90.9, warned: 0 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 100, other: 96.2, warned: 3.2 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 96.2, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 97.4, teaching: 96.2, other: 93.1, warned: 1.6 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 3.8 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 100, other: 96, warned: 3.1 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 98.7, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 92.6, warned: 1.6 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 98.7, teaching: 100, other: 96.2, warned: 11.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 3.8 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 93.3, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 92.6, warned: 3.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 81.8, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 94.7, teaching: 100, other: 92, warned: 3.2 },
    en: { top1: 90, top3: 96.7, teaching: 90, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 97.3, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 100, other: 100, warned: 10 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 89.3, top3: 97.3, teaching: 100, other: 100, warned: 4.9 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 96, other: 100, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 88, top3: 93.3, teaching: 96, other: 100, warned: 6.6 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 96, teaching: 96, other: 100, warned: 4.8 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 8 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 93.3, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 96, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 89.3, top3: 97.3, teaching: 100, other: 100, warned: 8.3 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 98.7, teaching: 100, other: 92, warned: 5 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 88, top3: 94.7, teaching: 96, other: 100, warned: 8.3 },
    en: { top1: 90, top3: 93.3, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 100, other: 96, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 6.7 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 8 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 100, other: 96, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 90, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 4.8 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 96, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 89.3, top3: 94.7, teaching: 100, other: 92, warned: 13.3 },
    en: { top1: 80, top3: 96.7, teaching: 100, other: 90, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 86.7, top3: 93.3, teaching: 92, other: 100, warned: 0 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 4 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 97.3, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 80, top3: 86.7, teaching: 96, other: 100, warned: 8.3 },
    en: { top1: 86.7, top3: 90, teaching: 90, other: 100, warned: 12.5 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 97.3, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 83.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 89.3, top3: 96, teaching: 100, other: 100, warned: 5 },
    en: { top1: 93.3, top3: 96.7, teaching: 90, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 96, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 96, warned: 1.6 },
    en: { top1: 86.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 96, warned: 3.3 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 96, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 96, warned: 6.5 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 12.5 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 96, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 100, warned: 8.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 4.9 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 92, top3: 97.3, teaching: 100, other: 96, warned: 6.7 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 96, warned: 10 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 96, warned: 5 },
    en: { top1: 90, top3: 96.7, teaching: 90, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 10 },
    en: { top1: 86.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 100, other: 100, warned: 5 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 100, teaching: 100, other: 96, warned: 13.1 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 12.5 },
  },
  {
    'zh-CN': { top1: 82.7, top3: 96, teaching: 100, other: 100, warned: 8.2 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 5 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 89.3, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 90, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 97.4, top3: 98.7, teaching: 100, other: 96, warned: 1.6 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 96, warned: 1.7 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 10 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 3.2 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 90, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 90, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 96, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 96.7, teaching: 100, other: 100, warned: 12.5 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 92, warned: 5 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.9 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 100, teaching: 100, other: 96, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 93.3, top3: 96.7, teaching: 90, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.9 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 5 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 90, top3: 96.7, teaching: 90, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 96, other: 96, warned: 5 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 12.5 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 100, warned: 8.3 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 16.7 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 96, other: 96, warned: 5 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 92, top3: 98.7, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 93.5, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 96, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 92, top3: 98.7, teaching: 100, other: 100, warned: 5 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 96.1, teaching: 100, other: 100, warned: 5 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 98.7, teaching: 100, other: 96, warned: 1.7 },
    en: { top1: 96.7, top3: 96.7, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 90, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 98.7, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 97.3, teaching: 100, other: 92, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 80, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 96, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 93.3, teaching: 96, other: 96, warned: 5 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 90, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 88, warned: 1.7 },
    en: { top1: 86.7, top3: 90, teaching: 100, other: 90.9, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 88, warned: 6.7 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 12.5 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 88, warned: 1.6 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 80, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 100, other: 88, warned: 0 },
    en: { top1: 93.3, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 96.1, teaching: 96.2, other: 88, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 90, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 97.3, top3: 100, teaching: 100, other: 96, warned: 3.3 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 86.7, top3: 98.7, teaching: 96, other: 100, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 96, warned: 0 },
    en: { top1: 90, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 92, top3: 97.3, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 100, teaching: 100, other: 100, warned: 5 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 96, teaching: 96, other: 100, warned: 0 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 90.7, top3: 97.3, teaching: 100, other: 100, warned: 0 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 96, teaching: 96, other: 100, warned: 1.7 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 98.7, teaching: 100, other: 100, warned: 1.6 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 100, warned: 1.7 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 96, top3: 97.3, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 86.7, top3: 93.3, teaching: 90, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 98.7, teaching: 100, other: 100, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 97.3, teaching: 100, other: 92, warned: 0 },
    en: { top1: 100, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 92, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 93.3, top3: 96, teaching: 100, other: 96, warned: 1.6 },
    en: { top1: 90, top3: 96.7, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 97.3, teaching: 96, other: 96, warned: 1.7 },
    en: { top1: 96.7, top3: 96.7, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 92, top3: 96, teaching: 100, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 98.7, teaching: 100, other: 100, warned: 8.1 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 0 },
  },
  {
    'zh-CN': { top1: 89.3, top3: 92, teaching: 96, other: 100, warned: 3.3 },
    en: { top1: 96.7, top3: 96.7, teaching: 100, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 92, top3: 97.3, teaching: 96, other: 96, warned: 3.3 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 90, warned: 0 },
  },
  {
    'zh-CN': { top1: 94.7, top3: 100, teaching: 100, other: 96, warned: 1.7 },
    en: { top1: 96.7, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
  {
    'zh-CN': { top1: 98.7, top3: 100, teaching: 100, other: 100, warned: 0 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 4.2 },
  },
  {
    'zh-CN': { top1: 96, top3: 97.3, teaching: 100, other: 88, warned: 6.7 },
    en: { top1: 93.3, top3: 100, teaching: 100, other: 100, warned: 8.3 },
  },
];

it('holds floors for every seen set on disk, and no more', () => {
  expect(seenSets()).toEqual(SEEN.map((_, i) => `sealed-${i + 1}`));
});

describe.each(
  SEEN.flatMap((floors, i) =>
    (
      [
        ['zh-CN', zh],
        ['en', en],
      ] as const
    ).map(
      ([locale, rules]) => [`${locale} sealed set ${i + 1} (seen)`, `sealed-${i + 1}`, floors[locale], locale, rules] as const,
    ),
  ),
)('%s', (title, file, floor, locale, rules) => {
  const s = evaluate(title, rules, loadFixture(file, locale), locale);
  it(`keeps what it reaches: top-1 ≥ ${floor.top1} %, top-3 ≥ ${floor.top3} %, descriptions ≥ ${floor.teaching} %, other scams warned ≥ ${floor.other} %, genuine: no stop, ≤ ${floor.warned} % warned, no drops`, () => {
    expect(pct(s.typed.top1, s.typed.n)).toBeGreaterThanOrEqual(floor.top1);
    expect(pct(s.typed.top3, s.typed.n)).toBeGreaterThanOrEqual(floor.top3);
    expect(pct(s.teaching.top3, s.teaching.n)).toBeGreaterThanOrEqual(floor.teaching);
    expect(pct(s.otherWarned, s.others)).toBeGreaterThanOrEqual(floor.other);
    expect(s.genuineStop).toBe(0);
    expect(pct(s.genuineWarned, s.genuine)).toBeLessThanOrEqual(floor.warned);
    expect(s.drops).toBe(0);
  });
});

it('the English page reads Chinese text with the Chinese rules and the same results', () => {
  const englishPage = { ...en, phrases: [...en.phrases, ...zh.phrases] };
  holdsTargets(evaluate('zh-CN development set on the English page', englishPage, loadFixture('eval', 'zh-CN'), 'zh-CN'));
});
