import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { routing } from '../i18n/routing';
import { htmlFiles } from '../scripts/lib/files.mjs';
import { expect, test } from './fixtures';

const OUT = path.join(import.meta.dirname, '../out');
const CHUNKS = 8;

const all = htmlFiles(OUT)
  .map((file) => `/${path.relative(OUT, file)}`.replace(/index\.html$/, ''))
  // `/` only refreshes to /zh-CN/, which is checked itself.
  .filter((url) => !url.startsWith('/_not-found') && url !== '/')
  .sort();

// Pages built from one template many times over: the 100 one-article law pages and the 344 quiz
// challenge pages. Every fourth law article page and every sixth challenge page (all question types and
// phone screens occur among them) are checked in normal mode, and the first of each in elder mode;
// every other page in both modes.
const CHALLENGE = /\/quiz\/q\/[^/]+\/$/;
const ARTICLE = /\/law\/articles\/\d+\/$/;
const templated = (url: string) => CHALLENGE.test(url) || ARTICLE.test(url);
const firstOfTemplate = new Set(
  routing.locales.flatMap((l) => [CHALLENGE, ARTICLE].map((re) => all.find((u) => u.startsWith(`/${l}/`) && re.test(u))!)),
);
const challenges = all.filter((u) => CHALLENGE.test(u));
const articles = all.filter((u) => ARTICLE.test(u));
const checked = all.filter(
  (u) =>
    (!CHALLENGE.test(u) && !ARTICLE.test(u)) ||
    challenges.indexOf(u) % 6 === 0 ||
    articles.indexOf(u) % 4 === 0 ||
    firstOfTemplate.has(u),
);
const modesFor = (url: string) =>
  templated(url) && !firstOfTemplate.has(url) ? (['normal'] as const) : (['normal', 'elder'] as const);

// axe-core over the exported pages, in normal and in elder mode (WCAG 2.2 A and AA rules).
test.describe('accessibility', () => {
  test.skip(({ isMobile }) => isMobile, 'run once, on the desktop project');

  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`axe, pages ${chunk + 1} of ${CHUNKS}`, async ({ page }) => {
      test.setTimeout(600_000);
      const mine = checked.filter((_, i) => i % CHUNKS === chunk);
      const violations: string[] = [];
      for (const url of mine) {
        await page.goto(url);
        for (const mode of modesFor(url)) {
          if (mode === 'elder') await page.evaluate(() => (document.documentElement.dataset.mode = 'elder'));
          const result = await new AxeBuilder({ page })
            .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'])
            .analyze();
          for (const v of result.violations)
            violations.push(
              `${url} [${mode}] ${v.id}: ${v.nodes
                .map((n) => n.target.join(' '))
                .slice(0, 3)
                .join(', ')}`,
            );
        }
      }
      const runs = mine.reduce((n, url) => n + modesFor(url).length, 0);
      console.log(
        `axe: ${mine.length} pages, ${runs} page-and-mode runs, ${violations.length} violations (chunk ${chunk + 1}/${CHUNKS}; ${checked.length} of ${all.length} pages checked)`,
      );
      expect(violations).toEqual([]);
    });
  }
});
