import { readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { expect, test } from './fixtures';

const OUT = path.join(import.meta.dirname, '../out');
const CHUNKS = 8;

function pages(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return name === '_next' || name === 'share' ? [] : pages(full);
    if (!name.endsWith('.html')) return [];
    const url = `/${path.relative(OUT, full)}`.replace(/index\.html$/, '');
    // `/` only refreshes to /zh-CN/, which is checked itself.
    return url.startsWith('/_not-found') || url === '/' ? [] : [url];
  });
}

const all = pages(OUT).sort();

// axe-core over every exported page, in normal and in elder mode (WCAG 2.2 A and AA rules).
test.describe('accessibility', () => {
  test.skip(({ isMobile }) => isMobile, 'run once, on the desktop project');

  for (let chunk = 0; chunk < CHUNKS; chunk++) {
    test(`axe, pages ${chunk + 1} of ${CHUNKS}`, async ({ page }) => {
      test.setTimeout(600_000);
      const mine = all.filter((_, i) => i % CHUNKS === chunk);
      const violations: string[] = [];
      for (const url of mine) {
        await page.goto(url);
        for (const mode of ['normal', 'elder'] as const) {
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
      console.log(
        `axe: ${mine.length} pages × 2 modes checked, ${violations.length} violations (chunk ${chunk + 1}/${CHUNKS}, ${all.length} pages in all)`,
      );
      expect(violations).toEqual([]);
    });
  }
});
