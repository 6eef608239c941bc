import type { Locale } from '@/i18n/routing';

/**
 * Which language's phrases a text may need. A page's own phrases come with its phrases.json; the other
 * languages' (other-phrases.json) are fetched only when the text is written, at least in part, in one of
 * them. Kept apart from the analysis code: the page asks before it loads anything.
 */

/** A Chinese character (CJK unified ideographs and extension A): what the Chinese phrases are written in. */
export function isHan(code: number) {
  return code >= 0x3400 && code <= 0x9fff;
}

/** A Latin letter, as the normalised text has it (lower case, half-width). */
export const isLetter = (ch: string | undefined) => ch !== undefined && ch >= 'a' && ch <= 'z';

const hasHan = (text: string) => {
  for (let i = 0; i < text.length; i++) if (isHan(text.charCodeAt(i))) return true;
  return false;
};

/** Three Latin letters in a row, half- or full-width: an English word (a stray "QQ" or "V" is not one). */
const LATIN_WORD = /[a-zA-Zａ-ｚＡ-Ｚ]{3}/;

/** Whether a text has words of each locale's language. */
const WRITTEN_IN: Record<Locale, (text: string) => boolean> = {
  'zh-CN': hasHan,
  en: (text) => LATIN_WORD.test(text),
};

/** Whether the analysis of `text` on `locale`'s page needs the other languages' phrases. */
export const needsOtherPhrases = (locale: Locale, text: string) =>
  Object.entries(WRITTEN_IN).some(([language, writes]) => language !== locale && writes(text));
