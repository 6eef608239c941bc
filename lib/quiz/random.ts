import { isJudgement } from './score';

/** A small seeded generator (mulberry32): tests can repeat a draw, readers get a fresh one. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j]!, out[i]!];
  }
  return out;
}

/** A 32-bit hash of a string (FNV-1a), to derive one item's seed from an attempt's seed. */
export function hashString(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) h = Math.imul(h ^ text.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

/**
 * The item with its options in an order fixed by the attempt's seed and the item's id: the same attempt
 * always shows the same order (re-render, review of that attempt), another attempt a new one.
 * Answers are option ids, so scoring never depends on the order.
 */
export function withShuffledOptions<T extends { id: string; options: readonly unknown[]; answer: readonly string[] }>(
  item: T,
  attemptSeed: number,
): T {
  // A judgement item's two options stay in the one order every judgement item has.
  if (isJudgement(item)) return item;
  return { ...item, options: shuffle(item.options, seededRandom(hashString(`${attemptSeed}:${item.id}`))) };
}
