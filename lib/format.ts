import type { Locale } from '@/i18n/routing';

const DIGITS = '零一二三四五六七八九';

/** 38 → 三十八, as in 第三十八条. Covers 1–99, which is all the law needs. */
export function chineseNumeral(n: number): string {
  if (!Number.isInteger(n) || n < 1 || n > 99) throw new RangeError(`chineseNumeral: ${n} is out of range`);
  const tens = Math.floor(n / 10);
  const ones = n % 10;
  const tensPart = tens === 0 ? '' : tens === 1 ? '十' : `${DIGITS[tens]}十`;
  return tensPart + (ones ? DIGITS[ones] : '');
}

export function articleLabel(n: number, locale: Locale) {
  return locale === 'zh-CN' ? `第${chineseNumeral(n)}条` : `Article ${n}`;
}

/** 第二十五条第一款 / Article 25, paragraph 1: names the part of an article a quotation shows. */
export function articlePartLabel(n: number, paragraphs: number[], total: number, locale: Locale) {
  const whole = articleLabel(n, locale);
  if (paragraphs.length === 0 || paragraphs.length === total) return whole;
  if (locale === 'zh-CN') return `${whole}第${paragraphs.map(chineseNumeral).join('、')}款`;
  const list =
    paragraphs.length === 1
      ? `paragraph ${paragraphs[0]}`
      : `paragraphs ${paragraphs.slice(0, -1).join(', ')} and ${paragraphs.at(-1)}`;
  return `${whole}, ${list}`;
}

export function chapterLabel(n: number, locale: Locale) {
  return locale === 'zh-CN' ? `第${chineseNumeral(n)}章` : `Chapter ${n}`;
}

// English dates put the day before the month (24 January 2017), as en-GB writes them.
const DATE_LOCALE: Record<Locale, string> = { 'zh-CN': 'zh-CN', en: 'en-GB' };

/** Formats YYYY, YYYY-MM or YYYY-MM-DD at its own precision, in UTC so no time zone shifts the day. */
export function formatDate(date: string, locale: Locale): string {
  const [y = NaN, m, d] = date.split('-').map(Number);
  const format = new Intl.DateTimeFormat(DATE_LOCALE[locale], {
    timeZone: 'UTC',
    year: 'numeric',
    ...(m ? { month: 'long' } : {}),
    ...(d ? { day: 'numeric' } : {}),
  });
  return format.format(Date.UTC(y, (m ?? 1) - 1, d ?? 1));
}

/**
 * At most `max` characters of what a reader (or a link) typed, whitespace collapsed, "…" when cut: what
 * the page may repeat of it. A crafted link must not make the site say a whole sentence in its own voice.
 */
export function shortFragment(text: string, max = 20): string {
  const chars = Array.from(text.trim().replace(/\s+/g, ' '));
  return chars.length > max ? `${chars.slice(0, max).join('').trimEnd()}…` : chars.join('');
}
