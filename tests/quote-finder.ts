/**
 * Finding a quotation in the part of the source it names.
 *
 * Normalising drops spacing, punctuation and symbols, which a scan and a page set differently, but keeps
 * what changes the meaning: the sentence marks 。！？ (a quote's ！ may not become ？), a decimal point
 * between digits (13.7万 is not 137万) and a mark between digits that were apart (96110-8 is not 961108).
 */
const SENTENCE = '。！？';

export function normalise(s: string) {
  return s
    .replaceAll('條', '条')
    .replace(/!/g, '！')
    .replace(/\?/g, '？')
    .replace(/(\d)\.(?=\d)/g, '$1\u0001')
    .replace(/(\d)[\s\p{P}\p{S}]+(?=\d)/gu, '$1\u0002')
    .replace(/[\s\p{P}\p{S}]/gu, (c) => (SENTENCE.includes(c) ? c : ''))
    .replace(/[。！？]+/g, (m) => m[m.length - 1]!)
    .replaceAll('\u0001', '.')
    .replaceAll('\u0002', '|');
}

const escape = (c: string) => c.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * Whether `quote` stands in `text` (normalised) word for word. A quote's 。 may stand where the source
 * has no mark (a list item, a line end, a semicolon) but not for its ！ or ？; its ！ and ？ must be the source's. A number is
 * matched whole: 3万 is not found in 13万.
 */
export function foundIn(quote: string, text: string): boolean {
  const q = normalise(quote).replace(/^[。！？]+/, '');
  if (!q) return true;
  const body = [...q].map((c) => (c === '。' ? '(?:。|(?![！？]))' : escape(c))).join('');
  const re = new RegExp(`${/^\d/.test(q) ? '(?<![\\d.|])' : ''}${body}${/\d$/.test(q) ? '(?![\\d.|])' : ''}`, 'u');
  return re.test(text);
}

/** The sentences of a text, each with its final mark. */
export const sentences = (s: string) =>
  s
    .match(/[^。！？!?]+(?:[。！？!?]+[”」』]?|$)/g)
    ?.map((x) => x.trim())
    .filter(Boolean) ?? [];

/** Whether two texts share a run of `n` normalised characters: a sentence that looks quoted but is not. */
export function sharesRun(sentence: string, text: string, n = 10) {
  const s = normalise(sentence).replace(/[。！？]/g, '');
  const t = text.replace(/[。！？]/g, '');
  for (let i = 0; i + n <= s.length; i++) if (t.includes(s.slice(i, i + n))) return true;
  return false;
}

/** Levenshtein distance, for "a repair changes only a few characters". */
export function distance(a: string, b: string) {
  const row = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0]!;
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const next = Math.min(row[j]! + 1, row[j - 1]! + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = row[j]!;
      row[j] = next;
    }
  }
  return row[b.length]!;
}
