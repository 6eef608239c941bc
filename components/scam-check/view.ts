import type { ScamCheckRules } from '@/lib/scam-check/engine';

/** The id the page gives our own advice's line, as if it were a source: a sign no source states (本站建议 / Our advice). */
export const OURS = 'ours';

/**
 * What the scam check page hands the browser: the rules with every id they name resolved, less the phrases and
 * the calm and context cues, which the page fetches after it has loaded (app/[locale]/check/phrases.json).
 */
export interface ScamCheckView extends Omit<ScamCheckRules, 'phrases' | 'calm' | 'cues'> {
  /** Each source's line, once: the signs name their source by id. */
  sources: Record<string, string>;
  questions: { id: string; title: string; multiple: boolean; options: { id: string; label: string; signals: string[] }[] }[];
  signals: {
    id: string;
    label: string;
    weight: number;
    cases: string[];
    rules: string[];
    explain: string;
    source: string;
    ask?: boolean;
  }[];
  cases: Record<string, { title: string; href: string }>;
  rules: Record<string, { text: string; group: string; href: string }>;
  now: string[];
}
