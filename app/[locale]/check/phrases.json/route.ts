import { packPhrases } from '@/lib/scam-check/pack';
import { localeJson } from '@/i18n/request';
import { contentLocaleParams, getContent } from '@/lib/content';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

// The scam check's phrases in this locale's language and the word lists its analysis reads (lib/scam-check/calm.ts,
// cues.ts), written to out/{locale}/check/phrases.json at build (its size is held by scripts/check/budgets.mjs).
// Kept out of the page's HTML so the page stays light; the page fetches it once it has loaded (the analysis
// waits for it if the reader is quicker) and the service worker keeps it offline. The other languages' phrases
// are in other-phrases.json, fetched only for a text written in one of them. Packed by lib/scam-check/pack.ts
// against this locale's list of signals, the order the page's signals come in.
export const GET = localeJson((locale) => ({
  phrases: packPhrases(
    getContent(locale).scamCheck.phrases,
    getContent(locale).scamCheck.signals.map((s) => s.id),
  ),
  calm: getContent(locale).scamCheck.calm,
  cues: getContent(locale).scamCheck.cues,
}));
