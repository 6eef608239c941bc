import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { CONTENT } from './helpers';
import { evaluate, hasFixture, loadFixture, pct } from './scam-check-evaluate';

/**
 * The sealed set: messages written apart from the rules, never used to tune them. Drop
 * tests/fixtures/scam-check-sealed.<locale>.json in and this scores it once, beside the development set.
 */
describe.each(routing.locales)('%s sealed set', (locale) => {
  if (!hasFixture('sealed', locale)) {
    console.log(`scam check, sealed set, ${locale}: tests/fixtures/scam-check-sealed.${locale}.json is absent, skipped`);
    it.skip('is absent', () => {});
    return;
  }
  const rules = loadLocaleContent(locale, CONTENT).scamCheck;
  const s = evaluate(`sealed set, ${locale}`, rules, loadFixture('sealed', locale), locale);
  it('top-3 ≥ 90 %, top-1 ≥ 75 %', () => {
    expect(pct(s.typed.top3, s.typed.n)).toBeGreaterThanOrEqual(90);
    expect(pct(s.typed.top1, s.typed.n)).toBeGreaterThanOrEqual(75);
  });
  it('descriptions typed (top-3) ≥ 85 %', () => expect(pct(s.teaching.top3, s.teaching.n)).toBeGreaterThanOrEqual(85));
  it('other scams warned ≥ 90 %', () => expect(pct(s.otherWarned, s.others)).toBeGreaterThanOrEqual(90));
  it('no genuine message given "stop"; ≤ 10 % given any warning', () => {
    expect(s.genuineStop).toBe(0);
    expect(pct(s.genuineWarned, s.genuine)).toBeLessThanOrEqual(10);
  });
  it('no verdict drops with teaching words around a scam', () => expect(s.drops).toBe(0));
});
