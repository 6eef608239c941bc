import { shuffle } from './random';

import { isJudgement } from './score';

/** How many items one self-test attempt has. */
export const SELF_TEST_SIZE = 20;
/** How many judgement items ("scam or genuine?") an attempt has: half genuine, half scams. */
export const JUDGEMENT_DRAW = 8;

interface Drawable {
  id: string;
  topic: string;
  answer: readonly string[];
}

/**
 * Draws up to `count` distinct items in all, `taken` included, spread evenly over the topics: each next
 * item comes from a topic with the fewest items so far (ties in a random order), so no topic gets two
 * items more than another while each still has items left.
 */
export function drawBalanced<T extends { id: string; topic: string }>(
  items: readonly T[],
  count: number,
  random: () => number,
  taken: readonly T[] = [],
): T[] {
  const out = [...taken];
  const byTopic = new Map<string, T[]>();
  for (const item of shuffle(items, random)) {
    if (!out.includes(item)) byTopic.set(item.topic, [...(byTopic.get(item.topic) ?? []), item]);
  }
  const queues = shuffle([...byTopic], random);
  const used = (topic: string) => out.filter((i) => i.topic === topic).length;
  while (out.length < count) {
    const open = queues.filter(([, q]) => q.length);
    if (!open.length) break;
    const fewest = open.reduce((a, b) => (used(b[0]) < used(a[0]) ? b : a));
    out.push(fewest[1].shift()!);
  }
  return taken.length ? out : shuffle(out, random);
}

/**
 * One self-test attempt: first the judgement items, as many genuine messages as scams, then the other
 * items, every topic balanced over the whole attempt.
 */
export function drawSelfTest<T extends Drawable>(items: readonly T[], count: number, random: () => number): T[] {
  const half = JUDGEMENT_DRAW / 2;
  const judged = (key: string) => items.filter((i) => i.answer[0] === key);
  const genuine = drawBalanced(judged('genuine'), half, random);
  const both = drawBalanced(judged('scam'), half * 2, random, genuine);
  return shuffle(
    drawBalanced(
      items.filter((i) => !isJudgement(i)),
      count,
      random,
      both,
    ),
    random,
  );
}

/** A review round: the items the reader missed before that still exist, balanced the same way. */
export function drawReview<T extends { id: string; topic: string }>(
  items: readonly T[],
  missedIds: readonly string[],
  count: number,
  random: () => number,
): T[] {
  const missed = new Set(missedIds);
  return drawBalanced(
    items.filter((item) => missed.has(item.id)),
    count,
    random,
  );
}

/** What the self-test draws from: recall trivia stays in lesson quizzes, out of the score. */
export function selfTestPool<T extends { trivia?: boolean }>(items: readonly T[]): T[] {
  return items.filter((item) => !item.trivia);
}
