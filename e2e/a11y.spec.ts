import { readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { filesUnder, htmlFiles } from '../scripts/lib/files.mjs';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

const OUT = path.join(import.meta.dirname, '../out');
const CONTENT = path.join(import.meta.dirname, '../content');
const LOCALES = routing.locales;
const CHUNKS = 4;

const all = htmlFiles(OUT)
  .map((file) => `/${path.relative(OUT, file)}`.replace(/index\.html$/, ''))
  // `/` only refreshes to /zh-CN/, which is checked itself; /404/ is the same file as /404.html (checked below).
  .filter((url) => !url.startsWith('/_not-found') && url !== '/' && url !== '/404/')
  .sort();

/**
 * Pages built from one template many times over, by the template's name: ten case lessons, seven tool
 * lessons, ten walkthroughs, 50 law articles, 172 challenge questions and the decks (seventeen lessons,
 * six sessions: e2e/deck.spec.ts runs axe over a slide of every kind) in each language.
 */
const TEMPLATES: [string, RegExp][] = [
  ['walkthrough', /^\/[^/]+\/cases\/[^/]+\/drill\/$/],
  ['case', /^\/[^/]+\/cases\/(?!print\/)[^/]+\/$/],
  ['tool', /^\/[^/]+\/tools\/[^/]+\/$/],
  ['article', /^\/[^/]+\/law\/articles\/\d+\/$/],
  ['challenge', /^\/[^/]+\/quiz\/q\/[^/]+\/$/],
  ['deck', /^\/[^/]+\/present\/(cases|tools|sessions)\/[^/]+\/$/],
];
const templateOf = (url: string) => TEMPLATES.find(([, re]) => re.test(url))?.[0];
const localeOf = (url: string) => url.split('/')[1]!;

/**
 * Challenge questions differ in what they draw: question type, an SMS, a chat or a call, a group, a
 * transfer, a red packet, a file, an image, a link, a genuine message. The sample is a small set of
 * questions that between them draw every one of these (greedy cover, in each language).
 */
function challengeSample(locale: string): string[] {
  type Part = Record<string, unknown>;
  type Message = { side: string; name?: string; time?: string; parts?: Part[] };
  type Item = {
    id: string;
    type: string;
    genuine?: boolean;
    scenario?: { channel: string; note?: string; group?: string; context?: string; messages: Message[] };
  };
  const dir = path.join(CONTENT, locale, 'quiz');
  const items = filesUnder(dir, '.json').flatMap((f) => (JSON.parse(readFileSync(f, 'utf8')) as { items: Item[] }).items);
  const features = (item: Item) => {
    const s = item.scenario;
    const found = [`type:${item.type}`];
    if (!s) return found;
    found.push(`channel:${s.channel}`, ...(['note', 'group', 'context'] as const).filter((k) => s[k]));
    if (item.genuine) found.push('genuine');
    for (const m of s.messages) {
      found.push(`side:${m.side}`, ...(m.name ? ['name'] : []), ...(m.time ? ['time'] : []));
      for (const part of m.parts ?? []) found.push(...Object.keys(part).map((k) => `part:${k}`));
    }
    return [...new Set(found)];
  };
  const left = new Set(items.flatMap(features));
  const chosen: string[] = [];
  while (left.size) {
    const best = items
      .map((item) => ({ item, gain: features(item).filter((f) => left.has(f)).length }))
      .reduce((a, b) => (b.gain > a.gain ? b : a));
    chosen.push(best.item.id);
    for (const f of features(best.item)) left.delete(f);
  }
  return chosen.map((id) => `/${locale}/quiz/q/${id}/`);
}

// Normal mode: every page that is one of a kind, in both languages; each lesson and walkthrough once, in
// one language or the other by turns; two law articles (the first and the longest) and the challenge
// sample in each language. Elder mode: every page that is one of a kind and the first page of each
// template, in each language.
const byTemplate = (name: string) => all.filter((u) => templateOf(u) === name);
const turns = (name: string) => {
  const slugs = [...new Set(byTemplate(name).map((u) => u.split('/').slice(2).join('/')))];
  return slugs.map((slug, i) => `/${LOCALES[i % 2]}/${slug}`);
};
const htmlSize = (url: string) => statSync(path.join(OUT, url, 'index.html')).size;
const articleSample = LOCALES.flatMap((l) => {
  const articles = byTemplate('article').filter((u) => localeOf(u) === l);
  return [articles[0]!, articles.reduce((a, b) => (htmlSize(b) > htmlSize(a) ? b : a))];
});
const oneOfAKind = all.filter((u) => !templateOf(u));
const firstOfEach = LOCALES.flatMap((l) => TEMPLATES.map(([name]) => byTemplate(name).find((u) => localeOf(u) === l)!));

const runs = [
  ...[...oneOfAKind, ...turns('case'), ...turns('tool'), ...turns('walkthrough'), ...new Set(articleSample)].map((url) => ({
    url,
    mode: 'normal',
  })),
  ...LOCALES.flatMap(challengeSample).map((url) => ({ url, mode: 'normal' })),
  ...[...oneOfAKind, ...firstOfEach].map((url) => ({ url, mode: 'elder' })),
];

test('the sample covers every page that is one of a kind, every lesson and every template', { tag: '@desktop' }, () => {
  const sampled = new Set(runs.map((r) => r.url));
  expect(oneOfAKind.length).toBeGreaterThan(20);
  expect(readFileSync(path.join(OUT, '404/index.html'))).toEqual(readFileSync(path.join(OUT, '404.html')));
  for (const url of [...oneOfAKind, ...firstOfEach]) expect(sampled, url).toContain(url);
  for (const name of ['case', 'tool', 'walkthrough'])
    for (const url of byTemplate(name)) {
      const slug = url.split('/').slice(2).join('/');
      expect(
        [...sampled].some((u) => u.endsWith(`/${slug}`)),
        url,
      ).toBe(true);
    }
  expect(runs.length).toBeLessThan(130);
});

// axe-core over the exported pages, in normal and in elder mode (WCAG 2.2 A and AA rules).
test.describe('accessibility', () => {
  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`axe, sample ${chunk + 1} of ${CHUNKS}`, { tag: '@desktop' }, async ({ page }) => {
      test.setTimeout(600_000);
      const mine = runs.filter((_, i) => i % CHUNKS === chunk);
      const violations: string[] = [];
      for (const { url, mode } of mine) {
        await page.goto(url);
        if (mode === 'elder') await page.evaluate(() => (document.documentElement.dataset.mode = 'elder'));
        violations.push(...(await axeViolations(page, `${url} [${mode}]`)));
      }
      console.log(
        `axe: ${mine.length} page-and-mode runs, ${violations.length} violations (chunk ${chunk + 1}/${CHUNKS}; ${runs.length} runs over ${new Set(runs.map((r) => r.url)).size} of ${all.length} pages)`,
      );
      expect(violations).toEqual([]);
    });
  }
});
