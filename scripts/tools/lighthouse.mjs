// Lighthouse (mobile preset: a mid-range phone on a slow 4G connection, simulated) over the pages a
// reader meets first: home, a lesson, the law, the self-test and the checklist, three runs each with the
// median run kept (Lighthouse's own advice for its run-to-run variance). Serves out/ itself
// (scripts/tools/serve.mjs, gzip like production), runs the system Chromium, writes reports/lighthouse.md
// and .json, and fails when any category of any page scores under 95.
// Usage: npm run lighthouse   (after npm run build; CHROME_PATH picks another Chromium)
import { spawn } from 'node:child_process';
import { mkdirSync, writeFileSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { findChromium } from '../lib/browser-path.mjs';

const PORT = Number(process.env.LIGHTHOUSE_PORT ?? 4181);
const PAGES = [
  ['home', '/zh-CN/'],
  ['lesson', '/zh-CN/cases/fake-police/'],
  ['law', '/zh-CN/law/'],
  ['self-test', '/zh-CN/quiz/'],
  ['checklist', '/zh-CN/checklist/'],
  ['lesson (en)', '/en/cases/fake-police/'],
];
const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'];
const MIN = 95;
const RUNS = Number(process.env.LIGHTHOUSE_RUNS ?? 3);

const server = spawn(process.execPath, ['scripts/tools/serve.mjs', String(PORT)], { stdio: 'ignore' });
const base = `http://localhost:${PORT}`;
for (let i = 0; ; i += 1) {
  try {
    if ((await fetch(`${base}/zh-CN/`)).ok) break;
  } catch {
    if (i > 100) throw new Error('the site server did not start (run npm run build first)');
  }
  await new Promise((r) => setTimeout(r, 100));
}

const chrome = await chromeLauncher.launch({
  chromePath: process.env.CHROME_PATH ?? findChromium() ?? undefined,
  chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
});
/** @type {Record<string, any>[]} */
const rows = [];
try {
  for (const [name, path] of PAGES) {
    const runs = [];
    for (let i = 0; i < RUNS; i += 1) {
      const result = await lighthouse(`${base}${path}`, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: CATEGORIES,
      });
      if (!result) throw new Error(`Lighthouse returned no result for ${path}`);
      runs.push(result.lhr);
    }
    // The median run by performance score (the other categories do not vary between runs).
    runs.sort((a, b) => (a.categories.performance.score ?? 0) - (b.categories.performance.score ?? 0));
    const lhr = runs[Math.floor(runs.length / 2)];
    const scores = Object.fromEntries(CATEGORIES.map((c) => [c, Math.round((lhr.categories[c].score ?? 0) * 100)]));
    const metric = (id) => lhr.audits[id]?.displayValue ?? '';
    const failing = CATEGORIES.flatMap((c) =>
      lhr.categories[c].auditRefs
        .filter((ref) => ref.weight > 0 && (lhr.audits[ref.id].score ?? 1) < 1)
        .map((ref) => `${c}: ${ref.id}`),
    );
    rows.push({
      name,
      path,
      ...scores,
      fcp: metric('first-contentful-paint'),
      lcp: metric('largest-contentful-paint'),
      tbt: metric('total-blocking-time'),
      cls: metric('cumulative-layout-shift'),
      failing,
      performanceRuns: runs.map((r) => Math.round((r.categories.performance.score ?? 0) * 100)),
    });
    console.log(`${name.padEnd(12)} ${CATEGORIES.map((c) => `${c} ${scores[c]}`).join('  ')}`);
    for (const f of failing) console.log(`             not full marks — ${f}`);
  }
} finally {
  await chrome.kill();
  server.kill();
}

const version = (await import('lighthouse/package.json', { with: { type: 'json' } })).default.version;
mkdirSync('reports', { recursive: true });
writeFileSync('reports/lighthouse.json', JSON.stringify({ lighthouse: version, preset: 'mobile', rows }, null, 2) + '\n');
const md = [
  `# Lighthouse report`,
  '',
  `Lighthouse ${version}, mobile preset (simulated slow 4G, 4× CPU slowdown), Debian Chromium, site served`,
  `from out/ by scripts/tools/serve.mjs with gzip; the median of ${RUNS} runs per page (all runs' performance`,
  'scores in the last column). Written by `npm run lighthouse`.',
  '',
  '| page | path | performance | accessibility | best practices | SEO | FCP | LCP | TBT | CLS | runs |',
  '|---|---|---|---|---|---|---|---|---|---|---|',
  ...rows.map(
    (r) =>
      `| ${r.name} | \`${r.path}\` | ${r.performance} | ${r.accessibility} | ${r['best-practices']} | ${r.seo} | ${r.fcp} | ${r.lcp} | ${r.tbt} | ${r.cls} | ${r.performanceRuns.join(' ')} |`,
  ),
  '',
].join('\n');
writeFileSync('reports/lighthouse.md', md.replaceAll('\u00a0', ' '));
console.log('\nreports/lighthouse.md and reports/lighthouse.json written');

const low = rows.flatMap((r) => CATEGORIES.filter((c) => r[c] < MIN).map((c) => `${r.path} ${c} ${r[c]}`));
if (low.length > 0) {
  console.error(`Under ${MIN}: ${low.join(', ')}`);
  process.exit(1);
}
