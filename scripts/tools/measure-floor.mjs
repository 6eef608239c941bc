// Builds bench/floor (a bare Next.js page: no client code of ours, no i18n) with this project's Next and
// records the JavaScript it ships, gzip level 6, in bench/floor.json. scripts/check/budgets.mjs allows lesson
// pages that floor + 14 KB. Run it again after upgrading Next or React: `npm run floor`.
import { execFileSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { pageWeights } from '../lib/page-weights.mjs';

const dir = 'bench/floor';
rmSync(path.join(dir, 'out'), { recursive: true, force: true });
execFileSync(process.execPath, [createRequire(import.meta.url).resolve('next/dist/bin/next'), 'build', dir], {
  stdio: ['ignore', 'ignore', 'inherit'],
  env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
});
const page = pageWeights(path.join(dir, 'out')).find((w) => w.url === '/');
if (!page) throw new Error(`${dir} built no page at /`);
const version = (name) => JSON.parse(readFileSync(`node_modules/${name}/package.json`, 'utf8')).version;
const floor = {
  next: version('next'),
  react: version('react'),
  browserslist: JSON.parse(readFileSync('package.json', 'utf8')).browserslist,
  jsGzipBytes: page.js,
  measured: new Date().toISOString().slice(0, 10),
};
writeFileSync('bench/floor.json', JSON.stringify(floor, null, 2) + '\n');
console.log(`Bare Next ${floor.next} page: ${page.js} bytes of JavaScript (gzip level 6). Written to bench/floor.json.`);
