import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { CONTENT } from './helpers';
import { evaluate, hasFixture, loadFixture, pct } from './scam-check-evaluate';

/**
 * The sealed set (tests/fixtures/scam-check-sealed.<locale>.json): messages written by someone who never saw
 * the rules, scored once and never tuned on. It holds the issue's targets. Where the rules do not reach a
 * target yet, GAPS names the figure they reached when the set was first scored: the test holds that
 * figure (a change that loses ground fails) and prints the gap, so it is never hidden. Close a gap by
 * improving the rules on the seen sets, never by editing this set; then delete its line here. Sets already
 * scored and seen are tests/fixtures/scam-check-sealed-{n}.*.json, n from 1, held by tests/scam-check-eval.test.ts.
 */
const TARGETS = { top3: 90, top1: 75, teaching: 85, other: 90, genuineStop: 0, genuineWarned: 10, drops: 0 };
type Metric = keyof typeof TARGETS;
const GAPS: Record<string, Partial<Record<Metric, number>>> = {};
const LOWER_IS_BETTER: Metric[] = ['genuineStop', 'genuineWarned', 'drops'];

describe.each(routing.locales)('%s sealed set', (locale) => {
  if (!hasFixture('sealed', locale)) {
    console.log(`scam check, sealed set, ${locale}: tests/fixtures/scam-check-sealed.${locale}.json is absent, skipped`);
    it.skip('is absent', () => {});
    return;
  }
  const rules = loadLocaleContent(locale, CONTENT).scamCheck;
  const s = evaluate(`sealed set, ${locale}`, rules, loadFixture('sealed', locale), locale);
  const figures: Record<Metric, number> = {
    top3: pct(s.typed.top3, s.typed.n),
    top1: pct(s.typed.top1, s.typed.n),
    teaching: pct(s.teaching.top3, s.teaching.n),
    other: pct(s.otherWarned, s.others),
    genuineStop: s.genuineStop,
    genuineWarned: pct(s.genuineWarned, s.genuine),
    drops: s.drops,
  };
  for (const metric of Object.keys(TARGETS) as Metric[]) {
    const gap = GAPS[locale]?.[metric];
    const bound = gap ?? TARGETS[metric];
    const lower = LOWER_IS_BETTER.includes(metric);
    it(`${metric}: ${figures[metric]} ${lower ? '≤' : '≥'} ${bound}${gap === undefined ? ' (target)' : ` (target ${TARGETS[metric]} not reached yet)`}`, () => {
      if (gap !== undefined)
        console.log(`sealed set, ${locale}: ${metric} ${figures[metric]}, target ${TARGETS[metric]} — a gap`);
      if (lower) expect(figures[metric]).toBeLessThanOrEqual(bound);
      else expect(figures[metric]).toBeGreaterThanOrEqual(bound);
    });
  }
});
