// Builds the site search index into out/pagefind/ with Pagefind's extended build, which segments
// Chinese into words. One index per language (from <html lang>); the search page loads only its own.
// Indexed: the lessons, the law (overview, full text, Q&A), the rules, the checklist, the help guide
// and the sources — the pages that teach. Lists, quiz pages, one-article pages (the full text holds
// them) and the print booklet are left out so a result is never a duplicate.
import { readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { transform } from 'esbuild';
import * as pagefind from 'pagefind';
import { htmlFiles } from '../lib/files.mjs';

const OUT = path.resolve('out');
const INDEXED = [
  /^\/[^/]+\/cases\/(?!print\/)[^/]+\/$/,
  /^\/[^/]+\/tools\/[^/]+\/$/,
  /^\/[^/]+\/law\/$/,
  /^\/[^/]+\/law\/articles\/$/,
  /^\/[^/]+\/law\/qa\/$/,
  /^\/[^/]+\/(rules|checklist|help|sources)\/$/,
];

const started = Date.now();
const { index, errors } = await pagefind.createIndex({
  rootSelector: 'main',
  // Controls, the quiz, sharing and lesson-to-lesson links are not what a reader searches for.
  excludeSelectors: ['nav', 'button', 'form', '[data-share-panel]', '#check', '[data-lesson-nav]', '.sr-only'],
});
if (!index) throw new Error(`pagefind: ${errors.join('; ')}`);

const counts = {};
for (const file of htmlFiles(OUT)) {
  const url =
    '/' +
    path
      .relative(OUT, file)
      .split(path.sep)
      .join('/')
      .replace(/index\.html$/, '');
  if (!INDEXED.some((re) => re.test(url))) continue;
  const { errors: fileErrors, file: added } = await index.addHTMLFile({ url, content: readFileSync(file, 'utf8') });
  if (fileErrors.length > 0) throw new Error(`pagefind: ${url}: ${fileErrors.join('; ')}`);
  const locale = url.split('/')[1];
  counts[locale] = (counts[locale] ?? 0) + 1;
  if (added.uniqueWords === 0) throw new Error(`pagefind: ${url} has no indexable text`);
}

const outputPath = path.join(OUT, 'pagefind');
rmSync(outputPath, { recursive: true, force: true });
const written = await index.writeFiles({ outputPath });
if (written.errors.length > 0) throw new Error(`pagefind: ${written.errors.join('; ')}`);
await pagefind.close();
// Pagefind's ready-made interfaces are not used: the search page is ours (components/search/SearchBox.tsx).
for (const name of readdirSync(outputPath)) {
  if (/^pagefind-(component-|modular-)?ui\.(js|css)$|^pagefind-highlight\.js$/.test(name)) rmSync(path.join(outputPath, name));
}
// Pagefind's own scripts use ?. and ??; lowered to the oldest webviews we build for (package.json browserslist).
for (const name of ['pagefind.js', 'pagefind-worker.js']) {
  const file = path.join(outputPath, name);
  const { code } = await transform(readFileSync(file, 'utf8'), { target: 'chrome78', format: 'esm', minify: true });
  writeFileSync(file, code);
}
console.log(
  `search index: ${Object.entries(counts)
    .map(([l, n]) => `${n} ${l} pages`)
    .join(', ')} in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
