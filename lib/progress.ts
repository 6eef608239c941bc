/**
 * The reader's progress, kept in localStorage only. Versioned: a value from another version, or one
 * that does not parse, is dropped and the reader starts fresh — no page may break on it.
 */
export const PROGRESS_KEY = 'shizha.progress';
export const PROGRESS_VERSION = 1;

export interface Progress {
  v: typeof PROGRESS_VERSION;
  /** Lessons read to the end: "case:fake-loan", "tool:nafc-app". */
  read: string[];
  /** Lesson quizzes passed, by the same keys (stored as `checks`, the name saved progress already has). */
  checks: string[];
  /** Quiz items answered wrongly and not yet answered right since. */
  missed: string[];
  /** The last self-test: right answers, items, when (ms since epoch). */
  last?: { correct: number; total: number; at: number };
}

export const emptyProgress = (): Progress => ({ v: PROGRESS_VERSION, read: [], checks: [], missed: [] });

const isStringArray = (value: unknown): value is string[] => Array.isArray(value) && value.every((v) => typeof v === 'string');

// A self-test has at most a few dozen items: a score outside this is not one the site wrote.
const MAX_ITEMS = 1000;
const isCount = (n: unknown): n is number => Number.isInteger(n) && (n as number) >= 0 && (n as number) <= MAX_ITEMS;

/** A self-test result that can be shown as it is: whole numbers, right answers within the items, a real date. */
function isScore(value: unknown): value is NonNullable<Progress['last']> {
  if (typeof value !== 'object' || value === null) return false;
  const { correct, total, at } = value as Record<string, unknown>;
  return (
    isCount(correct) &&
    isCount(total) &&
    total > 0 &&
    correct <= total &&
    typeof at === 'number' &&
    Number.isFinite(at) &&
    at > 0 &&
    !Number.isNaN(new Date(at).getTime())
  );
}

export function parseProgress(raw: string | null): Progress {
  if (!raw) return emptyProgress();
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return emptyProgress();
    const p = value as Record<string, unknown>;
    if (p.v !== PROGRESS_VERSION || !isStringArray(p.read) || !isStringArray(p.checks) || !isStringArray(p.missed)) {
      return emptyProgress();
    }
    const last = p.last as Progress['last'] | undefined;
    const lastOk = last === undefined || isScore(last);
    return { v: PROGRESS_VERSION, read: p.read, checks: p.checks, missed: p.missed, ...(lastOk && last ? { last } : {}) };
  } catch {
    return emptyProgress();
  }
}

const add = (list: string[], item: string) => (list.includes(item) ? list : [...list, item]);

export function markRead(p: Progress, key: string): Progress {
  return { ...p, read: add(p.read, key) };
}

export function markLessonQuizPassed(p: Progress, key: string): Progress {
  return { ...p, read: add(p.read, key), checks: add(p.checks, key) };
}

/** Wrong answers join the review list; right ones leave it. */
export function recordAnswers(p: Progress, results: { id: string; correct: boolean }[]): Progress {
  let missed = p.missed;
  for (const r of results) missed = r.correct ? missed.filter((id) => id !== r.id) : add(missed, r.id);
  return { ...p, missed };
}

export function recordSelfTest(p: Progress, correct: number, total: number, at: number): Progress {
  return { ...p, last: { correct, total, at } };
}
