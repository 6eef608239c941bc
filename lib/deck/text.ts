/**
 * How much room a text takes on a slide, and how a long one is split. A CJK character is one unit, any
 * other character 0.6 of one (Latin letters in a wide sans face such as DejaVu Sans), so one limit serves both
 * locales. Texts are split at sentence ends, never shrunk: a slide's type size is fixed.
 */
const WIDE = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

export function textWidth(text: string): number {
  let width = 0;
  for (const c of text) width += WIDE.test(c) ? 1 : 0.6;
  return width;
}

/** Units of text each kind of slide holds at its fixed type size (tests/deck.test.ts checks every deck). */
export const LIMITS = {
  /** The title slide's key message. */
  lead: 100,
  /** One step's text (with its step line above it), the case, 警方提醒, a tool's section. */
  body: 150,
  /** 切记, set larger (split like the rest). */
  remember: 120,
  /** The step line, set large under the step's title. */
  line: 70,
  /** A vote's or a question's message on the phone, all its texts together. */
  scenario: 220,
  /** A question's options, together; the revealed clues with their reasons, together. */
  options: 130,
  clues: 140,
  /** A walkthrough choice's outcome, shown under it when revealed (the phone makes way). */
  outcome: 130,
} as const;

/** Sentences, each keeping its closing mark (and a closing quote after it). */
export function sentences(text: string): string[] {
  const parts = text.match(/[^。！？!?；;]+(?:[。！？!?；;]+["”’」』）)]*|$)|[^.]+(?:\.+["”’)]*(?:\s+|$)|$)/g) ?? [text];
  return parts.map((s) => s.trim()).filter(Boolean);
}

/**
 * A text in pieces of at most `limit` units, split between sentences; a sentence longer than the limit
 * is split between words or characters. Each piece is one slide.
 */
export function splitText(text: string, limit: number): string[] {
  const pieces: string[] = [];
  let current = '';
  const join = (a: string, b: string) => (a && !WIDE.test(a.slice(-1)) ? `${a} ${b}` : a + b);
  for (const sentence of sentences(text).flatMap((s) => (textWidth(s) > limit ? hardSplit(s, limit) : [s]))) {
    const next = join(current, sentence);
    if (current && textWidth(next) > limit) {
      pieces.push(current);
      current = sentence;
    } else current = next;
  }
  if (current) pieces.push(current);
  return pieces;
}

function hardSplit(sentence: string, limit: number): string[] {
  const tokens =
    sentence.match(
      /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]|[^\s\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]+\s*|\s+/g,
    ) ?? [];
  const out: string[] = [];
  let current = '';
  for (const token of tokens) {
    if (current && textWidth(current + token) > limit) {
      out.push(current.trim());
      current = '';
    }
    current += token;
  }
  if (current.trim()) out.push(current.trim());
  return out;
}
