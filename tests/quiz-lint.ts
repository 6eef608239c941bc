import { isJudgement } from '@/lib/quiz/score';

/**
 * Item-quality figures for a question bank: can a reader who never opened a lesson score well by
 * reading the shape of the options instead of their meaning? Pure, so a unit test can print and
 * enforce them per locale.
 */
export interface LintItem {
  id: string;
  type: 'single' | 'multiple' | 'truefalse' | 'scenario';
  prompt: string;
  options: readonly { id: string; text: string }[];
  answer: readonly string[];
  trivia?: boolean;
}

export const LIMITS = {
  /** AUTHORING: the key is never strictly the longest option. */
  longestKeyShare: 0,
  /** Shortening keys must not hand the reader the opposite cue. */
  shortestKeyShare: 0.35,
  medianLengthRatio: 1.2,
  trueShare: [0.4, 0.6] as const,
  cueAdvantage: 0.15,
};

/** Words that make a statement sound sweeping; a test-wise reader answers 错 to them. */
const ABSOLUTE =
  /只要|就可以|就能|一定|肯定|所有|任何|全部|都会|永远|绝对|\balways\b|\bnever\b|\ball\b|\bany\b|\bonly\b|\bevery\b|guarantee|\bjust\b|\bno one\b|\bcannot\b/i;
/** Words that make an option sound like the safe, police-approved thing to do. */
const SAFE =
  /核实|挂断|拒绝|报警|110|96110|不转账|不要|不点|不理|不透露|官方|正规|警惕|通过平台|自己拨打|问清|确认|verify|hang up|refuse|report|police|official|don't|do not|never|check|call back|confirm/i;
/** Words that make a statement sound like a warning; a test-wise reader answers 对 to them. */
const CAUTIOUS = /不会|不要|切勿|警惕|谨慎|诈骗|骗子|\bnever\b|\bdon't\b|\bdo not\b|\bscam|fraud|careful|beware/i;

const len = (s: string) => [...s.replace(/\s+/g, '')].length;
const median = (xs: number[]) => {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
const mean = (xs: number[]) => xs.reduce((a, b) => a + b, 0) / (xs.length || 1);

/** Chance of getting an item right by picking uniformly among `picks`. */
function chance(picks: readonly string[], answer: readonly string[]) {
  return answer.length === 1 && picks.length ? (picks.includes(answer[0]!) ? 1 / picks.length : 0) : 0;
}

function longest(options: LintItem['options']) {
  const max = Math.max(...options.map((o) => len(o.text)));
  return options.filter((o) => len(o.text) === max).map((o) => o.id);
}

/** The expected score, 0–1, of a reader who only reads surface cues. */
export function cueScore(item: LintItem): number {
  if (item.type === 'truefalse') {
    if (ABSOLUTE.test(item.prompt)) return item.answer[0] === 'false' ? 1 : 0;
    if (CAUTIOUS.test(item.prompt)) return item.answer[0] === 'true' ? 1 : 0;
    return 0.5;
  }
  const safe = item.options.filter((o) => SAFE.test(o.text));
  const pool = safe.length && safe.length < item.options.length ? safe : item.options;
  if (item.type === 'multiple') {
    // Pick the safe-sounding ones if there are at least two, else the two longest.
    const picks =
      safe.length >= 2
        ? safe.map((o) => o.id)
        : [...item.options]
            .sort((a, b) => len(b.text) - len(a.text))
            .slice(0, 2)
            .map((o) => o.id);
    return picks.length === item.answer.length && picks.every((p) => item.answer.includes(p)) ? 1 : 0;
  }
  return chance(longest(pool), item.answer);
}

/** The expected score of a blind guess (multiple choice: any set of two or more options). */
export function blindScore(item: LintItem): number {
  if (item.type !== 'multiple') return 1 / item.options.length;
  const n = item.options.length;
  return 1 / (2 ** n - 1 - n);
}

/**
 * What a reader scores on single-choice and scenario items by length rank alone: always the longest,
 * always the shortest, or always one of the middle ones. Fixing one cue by hand tends to create another.
 */
export function lengthRankScores(items: readonly LintItem[]) {
  const oneKey = items.filter((i) => i.type === 'single' || i.type === 'scenario');
  const totals = { longest: 0, shortest: 0, middle: 0, blind: 0 };
  for (const item of oneKey) {
    const lengths = item.options.map((o) => len(o.text));
    const [lo, hi] = [Math.min(...lengths), Math.max(...lengths)];
    const pick = (keep: (n: number) => boolean) => {
      const picks = item.options.filter((o) => keep(len(o.text))).map((o) => o.id);
      return chance(picks.length ? picks : item.options.map((o) => o.id), item.answer);
    };
    totals.longest += pick((n) => n === hi);
    totals.shortest += pick((n) => n === lo);
    totals.middle += pick((n) => n > lo && n < hi);
    totals.blind += 1 / item.options.length;
  }
  const n = oneKey.length || 1;
  return { longest: totals.longest / n, shortest: totals.shortest / n, middle: totals.middle / n, blind: totals.blind / n };
}

export interface BankFigures {
  items: number;
  /** How often the key sits at each position, single choice and scenarios. */
  keyPositions: number[];
  longestKeyShare: number;
  shortestKeyShare: number;
  medianLengthRatio: number;
  trueShare: number;
  cueScore: number;
  blindScore: number;
  lengthRank: ReturnType<typeof lengthRankScores>;
}

/** The items whose key is strictly the longest option (single choice and action scenarios). */
export function longestKeys(items: readonly LintItem[]): string[] {
  return items
    .filter((i) => (i.type === 'single' || i.type === 'scenario') && !isJudgement(i))
    .filter((i) => {
      const key = i.options.find((o) => o.id === i.answer[0])!;
      return i.options.every((o) => o === key || len(o.text) < len(key.text));
    })
    .map((i) => i.id);
}

/**
 * Figures over the items whose options can give the key away: judgement items are left out, their two
 * options being the same for every message (tested on their own).
 */
export function bankFigures(all: readonly LintItem[]): BankFigures {
  const items = all.filter((i) => !isJudgement(i));
  const keyPositions = [0, 0, 0, 0, 0];
  let longestKey = 0;
  let shortestKey = 0;
  let oneKey = 0;
  const ratios: number[] = [];
  for (const item of items) {
    if (item.type === 'truefalse') continue;
    const keys = item.options.filter((o) => item.answer.includes(o.id));
    const others = item.options.filter((o) => !item.answer.includes(o.id));
    ratios.push(mean(keys.map((o) => len(o.text))) / mean(others.map((o) => len(o.text))));
    if (item.type === 'multiple') continue;
    oneKey += 1;
    keyPositions[item.options.findIndex((o) => o.id === item.answer[0])]! += 1;
    if (others.every((o) => len(o.text) < len(keys[0]!.text))) longestKey += 1;
    if (others.every((o) => len(o.text) > len(keys[0]!.text))) shortestKey += 1;
  }
  const tf = items.filter((i) => i.type === 'truefalse');
  return {
    items: items.length,
    keyPositions,
    longestKeyShare: longestKey / (oneKey || 1),
    shortestKeyShare: shortestKey / (oneKey || 1),
    medianLengthRatio: median(ratios),
    trueShare: tf.filter((i) => i.answer[0] === 'true').length / (tf.length || 1),
    cueScore: mean(items.map(cueScore)),
    blindScore: mean(items.map(blindScore)),
    lengthRank: lengthRankScores(items),
  };
}

const pct = (x: number) => `${(x * 100).toFixed(0)} %`;

export function formatFigures(locale: string, f: BankFigures): string {
  return [
    `Bank lint (${locale}): ${f.items} items in the self-test pool`,
    `  key position (single + scenario): ${f.keyPositions.map((n, i) => `${'ABCDE'[i]} ${n}`).join(' · ')}`,
    `  key strictly longest: ${pct(f.longestKeyShare)} (≤ ${pct(LIMITS.longestKeyShare)}) · strictly shortest: ${pct(f.shortestKeyShare)} (≤ ${pct(LIMITS.shortestKeyShare)})`,
    `  median key/distractor length: ${f.medianLengthRatio.toFixed(2)} (≤ ${LIMITS.medianLengthRatio})`,
    `  true/false keyed 对: ${pct(f.trueShare)} (40–60 %)`,
    `  by length alone (single + scenario): longest ${pct(f.lengthRank.longest)} · shortest ${pct(f.lengthRank.shortest)} · middle ${pct(f.lengthRank.middle)} · blind ${pct(f.lengthRank.blind)}`,
    `  cue-only answerer: ${pct(f.cueScore)} · blind guessing: ${pct(f.blindScore)} (gap ≤ ${pct(LIMITS.cueAdvantage)} either way)`,
  ].join('\n');
}

/** What is wrong with a bank, in words; empty when it passes. `pool` is what the self-test draws from. */
export function lintBank(items: readonly LintItem[], pool: readonly LintItem[]): string[] {
  const problems: string[] = [];
  const f = bankFigures(pool);
  if (f.longestKeyShare > LIMITS.longestKeyShare)
    problems.push(`key is strictly the longest option in ${longestKeys(pool).join(', ')}`);
  if (f.shortestKeyShare > LIMITS.shortestKeyShare)
    problems.push(`key is strictly the shortest option in ${pct(f.shortestKeyShare)} of items`);
  if (f.medianLengthRatio > LIMITS.medianLengthRatio)
    problems.push(`median key/distractor length ratio is ${f.medianLengthRatio.toFixed(2)}`);
  const [lo, hi] = LIMITS.trueShare;
  if (f.trueShare < lo || f.trueShare > hi) problems.push(`${pct(f.trueShare)} of true/false items are keyed 对`);
  // Both ways: a cue that reliably points away from the key is as exploitable as one pointing at it.
  if (Math.abs(f.cueScore - f.blindScore) > LIMITS.cueAdvantage)
    problems.push(`a cue-only answerer scores ${pct(f.cueScore)} against ${pct(f.blindScore)} for blind guessing`);
  for (const rank of ['longest', 'shortest', 'middle'] as const) {
    const score = f.lengthRank[rank];
    if (score - f.lengthRank.blind > LIMITS.cueAdvantage)
      problems.push(
        `always picking the ${rank} option scores ${pct(score)} against ${pct(f.lengthRank.blind)} for blind guessing`,
      );
  }
  for (const item of items) {
    if (item.type === 'multiple' && (item.options.length < 4 || item.answer.length < 2 || item.answer.length > 3)) {
      problems.push(`${item.id}: multiple choice needs 2–3 keys of 4–5 options`);
    }
  }
  for (const item of pool) if (item.trivia) problems.push(`${item.id}: trivia is in the self-test draw`);
  return problems;
}

/** Action items: scenarios that ask what to do, whose options differ item by item. */
export const actionItems = <T extends LintItem>(items: readonly T[]) =>
  items.filter((i) => i.type === 'scenario' && !isJudgement(i));

/**
 * How a reader who saw only the options (no message, explanation or key) did on the action items:
 * `picks` maps an item id to the index of the option chosen, in the order the bank stores them.
 */
export function optionsOnlyFigures(items: readonly LintItem[], picks: Readonly<Record<string, number>>) {
  const actions = actionItems(items);
  const missing = actions.filter((i) => !(i.id in picks)).map((i) => i.id);
  const right = actions.filter((i) => i.options[picks[i.id]!]?.id === i.answer[0]).length;
  const n = actions.length || 1;
  return { items: actions.length, missing, score: right / n, blind: mean(actions.map((i) => 1 / i.options.length)) };
}
