import { shuffle } from './random';

/** How many items one self-test attempt has. */
export const SELF_TEST_SIZE = 20;

interface Drawable {
  id: string;
  topic: string;
}

/**
 * Draws `count` distinct items spread evenly over the topics: topics take turns in a random order,
 * so no topic gets two items more than another while each still has items left.
 */
export function drawBalanced<T extends Drawable>(items: readonly T[], count: number, random: () => number): T[] {
  const byTopic = new Map<string, T[]>();
  for (const item of items) byTopic.set(item.topic, [...(byTopic.get(item.topic) ?? []), item]);
  const queues = shuffle([...byTopic.values()], random).map((list) => shuffle(list, random));
  const out: T[] = [];
  while (out.length < count && queues.some((q) => q.length)) {
    for (const queue of queues) {
      const next = queue.shift();
      if (next) out.push(next);
      if (out.length === count) break;
    }
  }
  return shuffle(out, random);
}

/** A review round: the items the reader missed before that still exist, balanced the same way. */
export function drawReview<T extends Drawable>(
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

/** What the self-test draws from: recall trivia stays in lesson checks, out of the score. */
export function selfTestPool<T extends { trivia?: boolean }>(items: readonly T[]): T[] {
  return items.filter((item) => !item.trivia);
}
