// Where the lesson quiz starts on every lesson, on a phone (375×667), in screens (y / 667): the reader
// should reach the walkthrough link, the lesson quiz and the share panel without scrolling past
// reference text. Serve out/ first (node scripts/tools/serve.mjs <port>), then:
//   node scripts/tools/lesson-quiz-depth.mjs http://127.0.0.1:<port>
import { readdirSync } from 'node:fs';
import { chromium } from '@playwright/test';
import { findChromium } from '../lib/browser-path.mjs';

const base = process.argv[2] ?? 'http://127.0.0.1:3000';
const H = 667;
const browser = await chromium.launch({ executablePath: findChromium() ?? undefined, args: ['--no-sandbox'] });
const page = await browser.newPage({
  viewport: { width: 375, height: H },
  userAgent: 'Mozilla/5.0 (Linux; Android 12) AppleWebKit/537.36 Chrome/120 Mobile Safari/537.36 MicroMessenger/8.0.40',
});
const rows = [];
for (const locale of ['zh-CN', 'en']) {
  for (const kind of ['cases', 'tools']) {
    for (const file of readdirSync(`content/${locale}/${kind}`).filter((f) => f.endsWith('.mdx'))) {
      const slug = file.replace(/\.mdx$/, '');
      await page.goto(`${base}/${locale}/${kind}/${slug}/`, { waitUntil: 'load' });
      const y = await page.evaluate(() => {
        const top = (sel) => {
          const el = document.querySelector(sel);
          return el ? el.getBoundingClientRect().top + window.scrollY : null;
        };
        return {
          walkthrough: top('a[href*="/drill/"]'),
          quiz: top('#check'),
          share: top('[data-share-panel]'),
          height: document.documentElement.scrollHeight,
        };
      });
      const s = (v) => (v == null ? '  –  ' : (v / H).toFixed(1).padStart(5));
      rows.push({ locale, slug, ...y });
      console.log(
        `${locale.padEnd(6)} ${`${kind}/${slug}`.padEnd(32)} walkthrough ${s(y.walkthrough)} · quiz ${s(y.quiz)} · share ${s(y.share)} · page ${s(y.height)} screens`,
      );
    }
  }
}
const worst = rows.reduce((a, b) => (b.quiz > a.quiz ? b : a));
console.log(`deepest lesson quiz: ${worst.locale} ${worst.slug} at ${(worst.quiz / H).toFixed(1)} screens`);
await browser.close();
