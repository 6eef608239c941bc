/**
 * An attempt is its seed: the seed draws the questions and orders each one's options. It is kept in this
 * tab's sessionStorage until the attempt's result is shown, so a reload in the middle of an attempt and a
 * fresh start give the same questions in the same order; the next attempt gets a new seed. Storage that
 * throws keeps nothing, and every start is then a new attempt.
 */
const KEY = 'shizha.attempt';

export function attemptSeed(review: boolean, fresh: () => number): number {
  try {
    const saved = JSON.parse(window.sessionStorage.getItem(KEY) ?? 'null') as { seed?: unknown; review?: unknown } | null;
    if (saved && typeof saved.seed === 'number' && saved.review === review) return saved.seed;
  } catch {
    // nothing kept, or nothing readable: a new attempt
  }
  const seed = fresh();
  try {
    window.sessionStorage.setItem(KEY, JSON.stringify({ seed, review }));
  } catch {
    // not remembered: a reload starts a new attempt
  }
  return seed;
}

export function endAttempt() {
  try {
    window.sessionStorage.removeItem(KEY);
  } catch {
    // nothing was kept
  }
}
