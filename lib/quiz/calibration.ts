import type { GradeBand } from './score';

/** The reader's own answer to "how sure are you?"; unanswered is allowed. */
export type Confidence = 'sure' | 'unsure';

interface Judged {
  id: string;
  type: string;
}

/**
 * Scenarios are the hard discrimination items: a real-looking message to be told from a scam (or a
 * genuine one not to be mistaken for one). Recall items can be passed by remembering a slogan.
 */
export const isHard = (item: Judged) => item.type === 'scenario';

/**
 * The result band, reassuring ("excellent" or "good") only when every hard item was right and the
 * reader was never sure of a wrong answer: a good score earned on recall must not send a reader
 * away confident.
 */
export function calibratedBand(
  band: GradeBand,
  items: readonly Judged[],
  missed: readonly string[],
  confidence: Readonly<Record<string, Confidence>>,
): GradeBand {
  const wrong = new Set(missed);
  const hardMissed = items.some((i) => isHard(i) && wrong.has(i.id));
  const sureWrong = missed.some((id) => confidence[id] === 'sure');
  if ((hardMissed || sureWrong) && (band === 'excellent' || band === 'good')) return 'fair';
  return band;
}

/** The missed items split: those the reader was sure of (the dangerous ones) first, in attempt order. */
export function orderMistakes<T extends { id: string }>(
  missedItems: readonly T[],
  confidence: Readonly<Record<string, Confidence>>,
): { sureWrong: T[]; other: T[] } {
  return {
    sureWrong: missedItems.filter((i) => confidence[i.id] === 'sure'),
    other: missedItems.filter((i) => confidence[i.id] !== 'sure'),
  };
}
