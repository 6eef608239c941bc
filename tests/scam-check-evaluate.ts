import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { analyse, type Analysis, type ScamCheckRules, type Verdict } from '@/lib/scam-check/engine';

/**
 * One scoring for every set of messages the scam check is measured on: the development set the rules are
 * tuned on (tests/fixtures/scam-check-eval.*.json), the sealed sets already scored and now seen
 * (tests/fixtures/scam-check-sealed-{n}.*.json, n from 1) and a new sealed set written apart from the rules
 * (tests/fixtures/scam-check-sealed.*.json, scored as it is dropped in).
 */
export type Group = 'scam' | 'other' | 'genuine' | 'teaching';
export interface EvalItem {
  id?: string;
  /** A case slug, "other" (a scam outside the ten types) or "genuine". */
  expect: string;
  group?: Group;
  voice?: 'message' | 'retold' | 'first-contact' | 'third-person';
  risky?: boolean;
  text: string;
}

export const fixturePath = (name: string, locale: string) =>
  path.join(__dirname, 'fixtures', `scam-check-${name}.${locale}.json`);
export const hasFixture = (name: string, locale: string) => existsSync(fixturePath(name, locale));
/** The sets already scored and seen ("sealed-1", "sealed-2", …), in their order, as they stand on disk. */
export const seenSets = () =>
  readdirSync(path.join(__dirname, 'fixtures'))
    .flatMap((f) => /^scam-check-(sealed-\d+)\.zh-CN\.json$/.exec(f)?.[1] ?? [])
    .sort((a, b) => Number(a.slice(7)) - Number(b.slice(7)));
export const loadFixture = (name: string, locale: string): EvalItem[] =>
  (JSON.parse(readFileSync(fixturePath(name, locale), 'utf8')) as { items: EvalItem[] }).items;

export const groupOf = (item: EvalItem): Group =>
  item.group ?? (item.expect === 'genuine' ? 'genuine' : item.expect === 'other' ? 'other' : 'scam');

/** Phrases a teacher, a poster or a police notice puts around a scam; a scam must keep its verdict with them. */
export const TEACHING_WRAPS = {
  zh: [
    (t: string) => `谨防诈骗，${t}`,
    (t: string) => `${t}谨防诈骗，`,
    (t: string) => `警惕电信诈骗。${t}`,
    (t: string) => `${t}警惕电信诈骗。`,
  ],
  en: [(t: string) => `Beware of scams. ${t}`, (t: string) => `${t} Beware of scams. `],
};

/** "told" (an ask told of as made of someone) stands below "stop": a scam whose ask turns "told" with teaching words drops. */
const RANK: Record<Verdict, number> = { none: 0, code: 1, caution: 2, told: 3, stop: 4 };
const warned = (v: Verdict) => RANK[v] >= RANK.caution;
export const pct = (n: number, d: number) => (d ? Math.round((1000 * n) / d) / 10 : 100);
const short = (text: string) => text.slice(0, 50).replace(/\n/g, ' ');
/** The case types the page names: its own evidence first, else what a description describes. */
export const slugsOf = (a: Analysis) => a.cases.map((c) => c.slug);

export interface Score {
  typed: { n: number; top1: number; top3: number };
  scams: { n: number; top1: number; top3: number };
  teaching: { n: number; top1: number; top3: number };
  perCase: Map<string, { n: number; top1: number; top3: number }>;
  others: number;
  otherWarned: number;
  genuine: number;
  genuineStop: number;
  /** Genuine messages read as telling of an ask ("told"): warned, not told to stop. */
  genuineTold: number;
  genuineWarned: number;
  wrapped: number;
  drops: number;
  misses: string[];
}

export function evaluate(title: string, rules: ScamCheckRules, items: EvalItem[], locale: string): Score {
  const s: Score = {
    typed: { n: 0, top1: 0, top3: 0 },
    scams: { n: 0, top1: 0, top3: 0 },
    teaching: { n: 0, top1: 0, top3: 0 },
    perCase: new Map(),
    others: 0,
    otherWarned: 0,
    genuine: 0,
    genuineStop: 0,
    genuineTold: 0,
    genuineWarned: 0,
    wrapped: 0,
    drops: 0,
    misses: [],
  };
  const wraps = locale === 'en' ? TEACHING_WRAPS.en : TEACHING_WRAPS.zh;
  for (const item of items) {
    const group = groupOf(item);
    const name = item.id ? `${item.id} ` : '';
    const result = analyse(rules, [], item.text);
    if (group === 'genuine') {
      s.genuine++;
      if (result.verdict === 'stop') s.genuineStop++;
      if (result.verdict === 'told') s.genuineTold++;
      if (warned(result.verdict)) {
        s.genuineWarned++;
        s.misses.push(`genuine given ${result.verdict}: ${name}${short(item.text)} [${result.signals}]`);
      }
      continue;
    }
    if (group === 'other') {
      s.others++;
      if (warned(result.verdict)) s.otherWarned++;
      else s.misses.push(`other scam not warned (${result.verdict}): ${name}${short(item.text)}`);
    } else {
      const slugs = slugsOf(result);
      const top1 = slugs[0] === item.expect && !result.cases[0]!.tied;
      const top3 = slugs.slice(0, 3).includes(item.expect);
      for (const row of [s.typed, group === 'teaching' ? s.teaching : s.scams]) {
        row.n++;
        if (top1) row.top1++;
        if (top3) row.top3++;
      }
      const row = s.perCase.get(item.expect) ?? { n: 0, top1: 0, top3: 0 };
      row.n++;
      if (top1) row.top1++;
      if (top3) row.top3++;
      s.perCase.set(item.expect, row);
      if (!top1)
        s.misses.push(
          `${group} ${item.expect} ${top3 ? 'not first' : 'not in top 3'} (${slugs.slice(0, 3)}): ${name}${short(item.text)}`,
        );
      if (group === 'teaching') continue;
    }
    // The same scam between teaching words must warn as much as it did without them.
    s.wrapped++;
    const weaker = wraps.map((wrap) => analyse(rules, [], wrap(item.text)).verdict).find((v) => RANK[v] < RANK[result.verdict]);
    if (weaker) {
      s.drops++;
      s.misses.push(`verdict drops ${result.verdict} → ${weaker} with teaching words: ${name}${short(item.text)}`);
    }
  }
  const line = (label: string, r: { n: number; top1: number; top3: number }) =>
    `${label.padEnd(26)} ${String(r.n).padStart(3)} ${String(pct(r.top1, r.n)).padStart(6)}% ${String(pct(r.top3, r.n)).padStart(6)}%`;
  console.log(
    [
      `scam check, ${title}: ${items.length} messages`,
      `${'case type'.padEnd(26)}   n   top-1   top-3`,
      ...[...s.perCase].sort(([a], [b]) => a.localeCompare(b)).map(([slug, r]) => line(slug, r)),
      line('scams (messages, retold)', s.scams),
      line('descriptions (teaching)', s.teaching),
      line('all typed', s.typed),
      `other scams warned: ${s.otherWarned}/${s.others} (${pct(s.otherWarned, s.others)}%)`,
      `genuine given stop: ${s.genuineStop}/${s.genuine}; told of an ask: ${s.genuineTold}; any warning: ${s.genuineWarned}/${s.genuine} (${pct(s.genuineWarned, s.genuine)}%)`,
      `teaching-phrase verdict drops: ${s.drops}/${s.wrapped}`,
      ...s.misses.map((m) => `  - ${m}`),
    ].join('\n'),
  );
  return s;
}
