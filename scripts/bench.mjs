// npm run bench: builds the site step by step with timings, then prints what readers download —
// page weights per page type, a first and a repeat visit, and what the offline copy costs.
// Usage: npm run bench [-- --no-build]   (writes reports/bench.md as well)
import { execSync } from 'node:child_process';
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { gzipSize, kb, pageWeights, tableByType } from './page-weights.mjs';

const STEPS = [
  ['next build', 'npx next build'],
  ['share images, posters, icons', 'npx tsx --conditions=react-server scripts/share-images.tsx'],
  ['microdata', 'node scripts/microdata.mjs'],
  ['search index', 'node scripts/search-index.mjs'],
  ['script policy (CSP hashes)', 'npx tsx scripts/csp.mjs'],
  ['service worker', 'node scripts/service-worker.mjs'],
];

const lines = [];
const say = (s = '') => {
  console.log(s);
  lines.push(s);
};

say('# Bench');
say();
if (!process.argv.includes('--no-build')) {
  say('## Build time');
  say();
  say('| step | seconds |');
  say('|---|---|');
  let total = 0;
  for (const [name, command] of STEPS) {
    const started = Date.now();
    execSync(command, { stdio: ['ignore', 'ignore', 'inherit'], env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' } });
    const s = (Date.now() - started) / 1000;
    total += s;
    say(`| ${name} | ${s.toFixed(1)} |`);
  }
  say(`| **total** | **${total.toFixed(1)}** |`);
  say();
}

const weights = pageWeights('out');
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
say('## Page weights (KB, gzip level 6)');
say();
say('| page type | pages | HTML median | HTML max | JS | CSS | first visit (max) |');
say('|---|---|---|---|---|---|---|');
for (const row of tableByType(weights)) {
  const of = weights.filter((w) => w.type === row.type);
  const first = Math.max(...of.map((w) => w.html + w.js + w.css));
  say(
    `| ${row.type} | ${row.pages} | ${kb(median(of.map((w) => w.html)))} | ${kb(row.html)} | ${kb(row.js)} | ${kb(row.css)} | ${kb(first)} |`,
  );
}
say();

const lesson = weights.find((w) => w.url === '/zh-CN/cases/fake-police/');
say('## A reader opening a shared lesson (/zh-CN/cases/fake-police/)');
say();
say(
  `- first visit: ${kb(lesson.html + lesson.js + lesson.css)} KB (HTML ${kb(lesson.html)}, JS ${kb(lesson.js)}, CSS ${kb(lesson.css)})`,
);
say(`- every further page: its HTML only, ${kb(median(weights.map((w) => w.html)))} KB median (scripts and styles are cached)`);

const sw = readFileSync('out/sw.js', 'utf8');
const core = JSON.parse(/const CORE = (.*);/.exec(sw)[1]);
const assets = JSON.parse(/const ASSETS = (.*);/.exec(sw)[1]);
const fileOf = (url) => path.join('out', url.endsWith('/') ? `${url}index.html` : url);
const assetBytes = assets.reduce((n, u) => n + gzipSize(path.resolve(fileOf(u))), 0);
for (const [locale, pages] of Object.entries(core)) {
  const bytes = pages.reduce((n, u) => n + gzipSize(path.resolve(fileOf(u))), 0);
  say(
    `- offline copy saved after the first visit (${locale}): ${pages.length} pages and data, ${kb(bytes)} KB, ` +
      `plus ${assets.length} script/style files, ${kb(assetBytes)} KB (mostly already loaded by the first page)`,
  );
}
say();
say(`${weights.length} pages in out/.`);

mkdirSync('reports', { recursive: true });
writeFileSync('reports/bench.md', lines.join('\n') + '\n');
