import { routing } from '@/i18n/routing';
import { packPhrases } from '@/lib/scam-check/pack';
import { localeJson } from '@/i18n/request';
import { contentLocaleParams, getContent } from '@/lib/content';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

// Every other language's scam-check phrases, written to out/{locale}/check/other-phrases.json at build (its size
// is held by scripts/check/budgets.mjs). The page fetches it only when the pasted text is written in another
// language (lib/scam-check/languages.ts needsOtherPhrases; tests/scam-check-other-phrases.test.ts shows no
// evaluation message reads differently): a Chinese message pasted on the English page is then read with the
// Chinese rules and explained in English, as the phrases are packed against this locale's list of signals (signal
// ids are shared). The service worker keeps it offline.
export const GET = localeJson((locale) => ({
  phrases: packPhrases(
    routing.locales.filter((l) => l !== locale).flatMap((l) => getContent(l).scamCheck.phrases),
    getContent(locale).scamCheck.signals.map((s) => s.id),
  ),
}));
