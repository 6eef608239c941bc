// Checks every internal link and anchor in out/, and that no page loads anything from another origin.
// Usage: node scripts/check/links.mjs [outDir]
import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../lib/files.mjs';

const root = path.resolve(process.argv[2] ?? 'out');

const idCache = new Map();
function idsOf(file) {
  if (!idCache.has(file)) {
    const html = readFileSync(file, 'utf8');
    idCache.set(file, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  }
  return idCache.get(file);
}

function targetFile(urlPath) {
  const clean = decodeURIComponent(urlPath);
  const direct = path.join(root, clean);
  if (existsSync(direct) && statSync(direct).isFile()) return direct;
  const index = path.join(direct, 'index.html');
  return existsSync(index) ? index : null;
}

export function checkSite() {
  const files = htmlFiles(root);
  const broken = [];
  const external = [];
  let links = 0;
  for (const file of files) {
    const html = readFileSync(file, 'utf8');
    const page = `/${path.relative(root, file).replace(/index\.html$/, '')}`;
    // Resources a page loads (scripts, styles, images, frames) must all be ours.
    // (<link rel="canonical|alternate"> only names an address; it loads nothing.)
    for (const m of html.matchAll(/<(script|link|img|iframe|source|video|audio)\b([^>]*?)\s(?:src|href)="([^"]+)"/g)) {
      if (m[1] === 'link' && /rel="(canonical|alternate)"/.test(m[0])) continue;
      if (/^(https?:)?\/\//.test(m[3])) external.push(`${page}: loads ${m[3]}`);
    }
    for (const m of html.matchAll(/<a\b[^>]*?\shref="([^"]*)"/g)) {
      const href = m[1].replaceAll('&amp;', '&');
      if (/^(https?:|mailto:|tel:|sms:)/.test(href)) continue;
      links += 1;
      const url = new URL(href, `http://site${page}`);
      const file2 = targetFile(url.pathname);
      if (!file2) {
        broken.push(`${page}: ${href} (no such page)`);
        continue;
      }
      if (url.pathname !== '/' && !url.pathname.endsWith('/') && file2.endsWith('index.html')) {
        broken.push(`${page}: ${href} (missing trailing slash)`);
      }
      const fragment = decodeURIComponent(url.hash.slice(1));
      if (fragment && !idsOf(file2).has(fragment)) broken.push(`${page}: ${href} (no element with id "${fragment}")`);
    }
  }
  return { pages: files.length, links, broken, external };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  if (!existsSync(root)) {
    console.error(`${root} does not exist: run "npm run build" first.`);
    process.exit(1);
  }
  const { pages, links, broken, external } = checkSite();
  const problems = [...broken, ...external];
  for (const line of problems.slice(0, 40)) console.error(`  ✗ ${line}`);
  if (problems.length > 40) console.error(`  … and ${problems.length - 40} more`);
  console.log(
    `link check: ${pages} pages, ${links} internal links, ${broken.length} broken, ${external.length} off-site resources`,
  );
  process.exit(broken.length || external.length ? 1 : 0);
}
