interface Answerable {
  id: string;
  topic: string;
  answer: readonly string[];
}

/**
 * A judgement item asks whether its message is a scam or genuine, with the same two options for every
 * message ("scam", "genuine"), so the options carry nothing and the judgement comes from the message.
 */
export const isJudgement = (item: { answer: readonly string[] }) => item.answer[0] === 'scam' || item.answer[0] === 'genuine';

/** The right options of an item, in the order of its answer. */
export const rightOptions = <O extends { id: string }>(item: { answer: readonly string[]; options: readonly O[] }) =>
  item.answer.flatMap((a) => item.options.filter((o) => o.id === a));

/** Right only when exactly the right options are chosen (all of them, for multiple choice). */
export function isCorrect(item: Answerable, chosen: readonly string[]): boolean {
  if (chosen.length !== item.answer.length) return false;
  const set = new Set(chosen);
  return item.answer.every((a) => set.has(a));
}

export interface TopicScore {
  topic: string;
  correct: number;
  total: number;
}

/** One side of the judgement items: how many of its messages were judged right, and which were missed. */
export interface DetectorSide {
  right: number;
  total: number;
  missed: string[];
}

export interface AttemptScore {
  correct: number;
  total: number;
  byTopic: TopicScore[];
  missed: string[];
  /** The judgement items scored as a detector: scams caught, genuine messages rightly trusted. */
  scam: DetectorSide;
  genuine: DetectorSide;
}

/** Scores an attempt; unanswered items count as missed. */
export function scoreAttempt(items: readonly Answerable[], answers: Readonly<Record<string, readonly string[]>>): AttemptScore {
  const topics = new Map<string, TopicScore>();
  const missed: string[] = [];
  const side = (): DetectorSide => ({ right: 0, total: 0, missed: [] });
  const detector = { scam: side(), genuine: side() };
  let correct = 0;
  for (const item of items) {
    const topic = topics.get(item.topic) ?? { topic: item.topic, correct: 0, total: 0 };
    const right = isCorrect(item, answers[item.id] ?? []);
    const judged = isJudgement(item) ? detector[item.answer[0] as 'scam' | 'genuine'] : undefined;
    topic.total += 1;
    if (judged) judged.total += 1;
    if (right) {
      topic.correct += 1;
      correct += 1;
      if (judged) judged.right += 1;
    } else {
      missed.push(item.id);
      judged?.missed.push(item.id);
    }
    topics.set(item.topic, topic);
  }
  return { correct, total: items.length, byTopic: [...topics.values()], missed, ...detector };
}

export type GradeBand = 'excellent' | 'good' | 'fair' | 'low';

/** The share of the judgement items on one side that a top band needs: scams caught, genuine trusted. */
export const DETECTOR_TOP = 0.75;

/**
 * Bands by share of right answers: 90 % and up, 75 %, 60 %, below. The top two also need three quarters
 * of the scams caught and of the genuine messages trusted, so answering "scam" (or "genuine") to every
 * message cannot reach them.
 */
export function gradeBand(correct: number, total: number, sides: readonly DetectorSide[] = []): GradeBand {
  const share = total === 0 ? 0 : correct / total;
  const detects = sides.every((s) => s.total === 0 || s.right / s.total >= DETECTOR_TOP);
  if (share >= 0.9 && detects) return 'excellent';
  if (share >= 0.75 && detects) return 'good';
  if (share >= 0.6) return 'fair';
  return 'low';
}

/** A lesson quiz is passed with at least three quarters right. */
export function lessonQuizPassed(correct: number, total: number) {
  return total > 0 && correct / total >= 0.75;
}
