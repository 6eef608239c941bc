interface Answerable {
  id: string;
  topic: string;
  answer: readonly string[];
}

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

export interface AttemptScore {
  correct: number;
  total: number;
  byTopic: TopicScore[];
  missed: string[];
}

/** Scores an attempt; unanswered items count as missed. */
export function scoreAttempt(items: readonly Answerable[], answers: Readonly<Record<string, readonly string[]>>): AttemptScore {
  const topics = new Map<string, TopicScore>();
  const missed: string[] = [];
  let correct = 0;
  for (const item of items) {
    const topic = topics.get(item.topic) ?? { topic: item.topic, correct: 0, total: 0 };
    topic.total += 1;
    if (isCorrect(item, answers[item.id] ?? [])) {
      topic.correct += 1;
      correct += 1;
    } else missed.push(item.id);
    topics.set(item.topic, topic);
  }
  return { correct, total: items.length, byTopic: [...topics.values()], missed };
}

export type GradeBand = 'excellent' | 'good' | 'fair' | 'low';

/** Bands by share of right answers: 90 % and up, 75 %, 60 %, below. */
export function gradeBand(correct: number, total: number): GradeBand {
  const share = total === 0 ? 0 : correct / total;
  if (share >= 0.9) return 'excellent';
  if (share >= 0.75) return 'good';
  if (share >= 0.6) return 'fair';
  return 'low';
}

/** A lesson check is passed with at least three quarters right. */
export function checkPassed(correct: number, total: number) {
  return total > 0 && correct / total >= 0.75;
}
