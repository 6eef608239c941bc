import { localeJson } from '@/i18n/request';
import { contentLocaleParams, getContent } from '@/lib/content';
import { selfTestPool } from '@/lib/quiz/draw';
import { toPlayable } from '@/lib/quiz/playable';

export const dynamic = 'force-static';
export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

// The self-test's question bank, written to out/{locale}/quiz/bank.json at build. Kept out of the quiz
// page's HTML so the page stays light; the page fetches it once and the service worker keeps it offline.
export const GET = localeJson((locale) => selfTestPool(getContent(locale).quiz).map((i) => toPlayable(i, locale)));
