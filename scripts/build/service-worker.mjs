// Writes out/sw.js from sw/sw.js: this build's version, the JavaScript/CSS every page needs, and for each
// locale the core pages a reader keeps offline after a first visit. Run after `next build`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../../i18n/routing.ts';
import { localePath, paths } from '../../lib/routes.ts';
import { filesUnder, htmlFiles } from '../lib/files.mjs';

const OUT = path.resolve('out');
const LOCALES = routing.locales;
const messages = Object.fromEntries(LOCALES.map((l) => [l, JSON.parse(readFileSync(`messages/${l}.json`, 'utf8'))]));

const url = (file) => '/' + path.relative(OUT, file).split(path.sep).join('/');

// Hashed JavaScript and CSS: cached once, kept while a build uses them.
const assets = filesUnder(path.join(OUT, '_next/static/chunks')).map(url).sort();

// Core pages: everything a locale has except the one-article pages (the full text holds them), the
// printable booklet, the per-question challenge pages and the decks (a presenter saves a session on
// the 宣讲 page) — those are kept once opened.
const SKIP = [/\/law\/articles\/\d+\/$/, /\/quiz\/q\//, /\/cases\/print\/$/, /\/present\/.+\//];
const core = Object.fromEntries(
  LOCALES.map((locale) => {
    const pages = htmlFiles(path.join(OUT, locale))
      .map((f) => url(f).replace(/index\.html$/, ''))
      .filter((p) => !SKIP.some((re) => re.test(p)))
      .sort();
    const data = [paths.quizBank(), paths.scamCheckPhrases(), paths.scamCheckOtherPhrases()];
    return [locale, [...pages, ...data.map((p) => localePath(locale, p))]];
  }),
);

// The version changes whenever any page or asset does, so a deploy is picked up by the next visit.
const hash = createHash('sha256');
for (const file of filesUnder(OUT)
  .filter((f) => !f.startsWith(path.join(OUT, 'share')) && !f.endsWith(`${path.sep}sw.js`))
  .sort()) {
  hash.update(url(file));
  hash.update(readFileSync(file));
}
const source = readFileSync('sw/sw.js', 'utf8');
hash.update(source);
const version = hash.digest('hex').slice(0, 12);

const offline = Object.fromEntries(LOCALES.map((l) => [l, { ...messages[l].offline, emergency: messages[l].footer.emergency }]));
const config = [
  `const VERSION = ${JSON.stringify(version)};`,
  `const DEFAULT_LOCALE = ${JSON.stringify(routing.defaultLocale)};`,
  `const ASSETS = ${JSON.stringify(assets)};`,
  `const CORE = ${JSON.stringify(core)};`,
  `const OFFLINE_TEXT = ${JSON.stringify(offline)};`,
].join('\n');
if (!source.includes('/* __SW_CONFIG__ */')) throw new Error('sw/sw.js lost its /* __SW_CONFIG__ */ line');
writeFileSync(path.join(OUT, 'sw.js'), source.replace('/* __SW_CONFIG__ */', config));
console.log(
  `service worker: version ${version}, ${assets.length} assets, ` +
    LOCALES.map((l) => `${core[l].length} ${l} pages`).join(', ') +
    ' kept offline after a first visit',
);
