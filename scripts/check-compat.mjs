// Checks the exported site against the oldest browsers we build for (package.json "browserslist"):
// WeChat's Android webviews of about 2020 run Chromium 78–86, iOS 13 WeChat runs Safari 13.
//  - every JavaScript file parses as ES2020 without ?. and ?? (Chromium 80): ES2019 plus dynamic import(),
//    BigInt and import.meta, which Chromium 78 has;
//  - the CSS has no cascade layers (Chromium 99) left, no range media queries (Chromium 104), no nesting
//    (Chromium 112) and no container queries (Chromium 105): a browser drops such a block whole.
// Selectors such as :where() (Chromium 88) lose only their own rule there; they are counted, not failed.
import { parse, tokenizer } from 'acorn';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { allFiles } from './html-files.mjs';

const root = path.resolve(process.argv[2] ?? 'out');
const all = allFiles(path.join(root, '_next'));
const problems = [];

// The service worker is hand-written and not compiled: it is held to the same level.
// So are Pagefind's scripts (ES modules), lowered by scripts/search-index.mjs.
const scripts = [...all.filter((f) => f.endsWith('.js')), path.join(root, 'sw.js')];
const modules = ['pagefind.js', 'pagefind-worker.js'].map((n) => path.join(root, 'pagefind', n));
for (const f of [...scripts, ...modules]) {
  const code = readFileSync(f, 'utf8');
  const sourceType = modules.includes(f) ? 'module' : 'script';
  try {
    parse(code, { ecmaVersion: 2020, sourceType });
    for (const token of tokenizer(code, { ecmaVersion: 2020, sourceType })) {
      if (token.type.label === '?.' || token.type.label === '??') {
        problems.push(`${path.relative(root, f)}: "${token.type.label}" at ${token.start} (Chromium 80)`);
        break;
      }
    }
  } catch (e) {
    problems.push(`${path.relative(root, f)}: not ES2020 (${e.message})`);
  }
}

const styles = all.filter((f) => f.endsWith('.css'));
const CSS_RULES = [
  [/@layer\b/, '@layer (Chromium 99)'],
  [/@media[^{]*\((?:width|height)\s*[<>]/, 'range media query (Chromium 104)'],
  [/(?<!\\)@container\b/, '@container (Chromium 105)'],
  [/\{[^{}]*&[^{}]*\{/, 'CSS nesting (Chromium 112)'],
];
let where = 0;
for (const f of styles) {
  const css = readFileSync(f, 'utf8');
  for (const [re, what] of CSS_RULES) if (re.test(css)) problems.push(`${path.relative(root, f)}: ${what}`);
  where += (css.match(/:where\(/g) ?? []).length;
}

if (problems.length > 0) {
  console.error(`Old-browser check failed:\n  ${problems.join('\n  ')}`);
  process.exit(1);
}
console.log(
  `Old-browser check: ${scripts.length + modules.length} scripts parse as ES2020 without ?. and ??; ${styles.length} stylesheets have no @layer, ` +
    `range media queries, nesting or container queries (${where} :where() rules are skipped before Chromium 88, the rest still applies).`,
);
