/**
 * The "is this a scam?" analysis. Pure and synchronous: it runs in the reader's browser on the
 * answers they tick and the text they paste, and sends nothing anywhere.
 */
export interface HelperSignal {
  id: string;
  weight: number;
  cases: string[];
}

export interface HelperPhrase {
  id: string;
  match: string[];
  signal: string;
}

export interface HelperQuestionOption {
  id: string;
  signals: string[];
}

export interface HelperRuleSet {
  questions: { id: string; options: HelperQuestionOption[] }[];
  signals: HelperSignal[];
  phrases: HelperPhrase[];
}

export interface PhraseHit {
  start: number;
  end: number;
  phrase: string;
  signal: string;
}

export type Verdict = 'stop' | 'caution' | 'none';

export interface Analysis {
  /** Signals raised, strongest first. */
  signals: string[];
  /** Case slugs, most likely first, with their summed weights. */
  cases: { slug: string; score: number }[];
  hits: PhraseHit[];
  verdict: Verdict;
}

/** A certain sign (weight 10) or a sum this high means: stop now. */
export const STOP_AT = 10;
/** Below this, a case type is not named. */
export const CASE_AT = 5;
/** Pasted text beyond this is not scanned (the page says so); keeps every analysis fast. */
export const MAX_TEXT = 100_000;

/** Every occurrence of every phrase, leftmost-longest, without overlaps. */
export function findPhrases(text: string, phrases: readonly HelperPhrase[]): PhraseHit[] {
  // Only ASCII letters are folded, so every index still points into the original text.
  const haystack = text.slice(0, MAX_TEXT).replace(/[A-Z]/g, (c) => c.toLowerCase());
  const raw: PhraseHit[] = [];
  for (const phrase of phrases) {
    for (const m of phrase.match) {
      const needle = m.replace(/[A-Z]/g, (c) => c.toLowerCase());
      if (!needle) continue;
      for (let at = haystack.indexOf(needle); at !== -1; at = haystack.indexOf(needle, at + needle.length)) {
        raw.push({ start: at, end: at + needle.length, phrase: phrase.id, signal: phrase.signal });
      }
    }
  }
  raw.sort((a, b) => a.start - b.start || b.end - a.end);
  const hits: PhraseHit[] = [];
  for (const hit of raw) if (!hits.length || hit.start >= hits.at(-1)!.end) hits.push(hit);
  return hits;
}

export function analyse(rules: HelperRuleSet, answers: readonly string[], text: string): Analysis {
  const raised = new Set<string>();
  const chosen = new Set(answers);
  for (const q of rules.questions) for (const o of q.options) if (chosen.has(o.id)) o.signals.forEach((s) => raised.add(s));
  const hits = findPhrases(text, rules.phrases);
  for (const hit of hits) raised.add(hit.signal);

  const byId = new Map(rules.signals.map((s) => [s.id, s]));
  const signals = [...raised].filter((id) => byId.has(id)).sort((a, b) => byId.get(b)!.weight - byId.get(a)!.weight);
  const scores = new Map<string, number>();
  let total = 0;
  let strongest = 0;
  for (const id of signals) {
    const signal = byId.get(id)!;
    total += signal.weight;
    strongest = Math.max(strongest, signal.weight);
    for (const slug of signal.cases) scores.set(slug, (scores.get(slug) ?? 0) + signal.weight);
  }
  const cases = [...scores]
    .filter(([, score]) => score >= CASE_AT)
    .map(([slug, score]) => ({ slug, score }))
    .sort((a, b) => b.score - a.score);
  const verdict: Verdict = strongest >= STOP_AT || total >= STOP_AT ? 'stop' : total > 0 ? 'caution' : 'none';
  return { signals, cases, hits, verdict };
}
