// Checks the exported site against the oldest browsers in package.json "browserslist" (WeChat's Android
// webview of about 2020 runs Chromium 78; iOS 13 WeChat runs Safari 13), with maintained compatibility
// data rather than a list of our own:
//  - CSS: every property, at-rule and pseudo-class/element is looked up in @mdn/browser-compat-data, and
//    doiuse (caniuse data) looks for feature use in values and selectors. Rules inside @supports are
//    skipped: they apply only where the feature is there. A feature some target lacks fails the check,
//    unless GRACEFUL below says why the page is still right without it.
//  - flex gap (no @supports can tell flex gap from grid gap): every gap utility has its margin fallback
//    from scripts/build/postcss-old-webviews.mjs.
//  - JavaScript: every shipped script parses at the ECMAScript level Chromium 78 has, and uses none of the
//    newer operators the compatibility data says a target lacks.
import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import { parse, tokenizer } from 'acorn';
import browserslist from 'browserslist';
import doiuse from 'doiuse';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import postcss from 'postcss';
import { filesUnder } from '../lib/files.mjs';

/** What a target may lack because the page reads and works the same without it. */
export const GRACEFUL = {
  // Partial support in caniuse's sense; what we use of these works in every target.
  'text-decoration': 'only text-decoration-line/-color/-thickness: links keep their underline',
  'css-text-indent': 'text-indent with a length only',
  'css-appearance': 'the reset removes native styling where it can; controls stay usable',
  'css-overflow': 'overflow: hidden/auto, supported everywhere; only two-value forms are partial',
  multicolumn: 'column breaks only, in print',
  'css-page-break': 'print only',
  'css-paged-media': 'print only (@page margins)',
  'css-masks': 'the reset resets mask on form controls',
  'css-clip-path': 'the reset only',
  'css3-tabsize': 'tab width in <pre>, which no page has',
  'css-resize': 'textarea resize handle',
  'extended-system-fonts': 'ui-monospace comes first in a stack that ends in generic fonts',
  'font-family-system-ui': 'system-ui is followed by named fonts and sans-serif',
  'text-size-adjust': 'a hint for mobile Safari/Chrome only',
  'css-scroll-behavior': 'only turned off, for reduced motion',
  'css-file-selector-button': 'no page has a file input',
  // The browser skips only that one rule; the page around it is unchanged.
  'css-focus-visible': 'the browser’s own focus ring stays where :focus-visible is unknown',
  'selector :focus-visible': 'the browser’s own focus ring stays where :focus-visible is unknown',
  'css-has': 'print sizing of the checklist card and 60px labels in 关怀模式 (their inputs are 60px tall anyway)',
  'selector :has': 'print sizing of the checklist card and 60px labels in 关怀模式 (their inputs are 60px tall anyway)',
  'selector ::file-selector-button': 'no page has a file input',
  'selector :-moz-focusring': 'Firefox-only reset',
  'selector :-moz-ui-invalid': 'Firefox-only reset',
  'selector ::-webkit-date-and-time-value': 'no page has a date input',
  'selector ::-webkit-datetime-edit': 'no page has a date input',
  'selector ::-webkit-datetime-edit-fields-wrapper': 'no page has a date input',
  'selector ::-webkit-calendar-picker-indicator': 'no page has a date input',
  'selector ::placeholder': 'placeholder colour only',
  '@property': 'Tailwind sets the same custom properties’ initial values in a fallback rule',
  'property outline-offset': 'focus rings sit a little closer',
  'property text-underline-offset': 'link underlines sit a little closer to the text',
  'property scroll-margin-top': 'a linked section scrolls to the very top of the screen',
  'property scroll-behavior': 'only turned off, for reduced motion',
  'property cursor': 'no mouse pointer on a phone',
  'property text-size-adjust': 'a hint to mobile browsers; the prefixed form is there for those that read it',
  'property accent-color': 'checkboxes keep the system colour',
  'property resize': 'textarea resize handle',
  'property size': 'print only (@page size)',
  '@page': 'print only',
  'property page': 'print only: a deck prints one slide a landscape page; without it, on the default page',
  'selector ::backdrop': 'no page opens a modal dialog',
};

/** caniuse features doiuse reports from a pattern that also matches what we use; each test says whether the sheet really uses the feature. */
const REALLY_USED = {
  // Its pattern matches :not(#\#), which the cascade-layers rewrite writes: one simple selector.
  'css-not-sel-list': (css) => /:not\([^()]*,/.test(css),
  // Its pattern matches minmax() in grid templates.
  'css-math-functions': (css) => /(?<![\w-])(min|max|clamp)\(/.test(css),
};

const BCD_NAMES = { chrome: 'chrome', safari: 'safari', ios_saf: 'safari_ios', edge: 'edge', firefox: 'firefox' };

/** The oldest version of each target browser, e.g. { chrome: 78, safari: 13, … }. */
export function oldestTargets(query = browserslist.loadConfig({ path: process.cwd() })) {
  const oldest = {};
  for (const entry of browserslist(query)) {
    const [name, range] = entry.split(' ');
    const bcdName = BCD_NAMES[name];
    if (!bcdName) continue;
    const version = parseFloat(range);
    if (!(bcdName in oldest) || version < oldest[bcdName]) oldest[bcdName] = version;
  }
  return oldest;
}

const version = (v) => (v === true ? 0 : typeof v === 'string' && v !== 'preview' ? parseFloat(v.replace('≤', '')) : Infinity);

/**
 * Targets that lack a feature, from its BCD support table: unflagged support in that version, under the
 * standard name or, where the stylesheet writes the prefixed form too, with one of `prefixes`.
 */
function lacking(compat, targets, prefixes = []) {
  if (!compat) return [];
  const missing = [];
  for (const [browser, oldest] of Object.entries(targets)) {
    const statements = [compat.support[browser]].flat().filter(Boolean);
    const usable = statements.filter((s) => !s.flags && !s.alternative_name && (!s.prefix || prefixes.includes(s.prefix)));
    const ok = usable.some((s) => version(s.version_added) <= oldest && !(version(s.version_removed) <= oldest));
    if (!ok) missing.push(`${browser} ${oldest}`);
  }
  return missing;
}

const insideSupports = (node) => {
  for (let p = node.parent; p; p = p.parent) if (p.type === 'atrule' && p.name === 'supports') return true;
  return false;
};

/** Features of one stylesheet that some target lacks: { feature: where }. */
export async function cssProblems(css, targets, query) {
  const found = new Map();
  const note = (feature, where) => {
    if (!found.has(feature)) found.set(feature, where);
  };
  const root = postcss.parse(css);
  root.walk((node) => {
    if (insideSupports(node)) return;
    if (node.type === 'decl' && !node.prop.startsWith('-')) {
      // -webkit-appearance beside appearance: the prefixed form counts for the browsers that need it.
      const prefixes = (node.parent?.nodes ?? []).flatMap((d) =>
        d.type === 'decl' && d.prop.endsWith(`-${node.prop}`) ? [d.prop.slice(0, -node.prop.length)] : [],
      );
      const missing = lacking(bcd.css.properties[node.prop]?.__compat, targets, prefixes);
      if (missing.length) note(`property ${node.prop}`, missing.join(', '));
    } else if (node.type === 'atrule' && node.name !== 'supports') {
      const missing = lacking(bcd.css['at-rules'][node.name]?.__compat, targets);
      if (missing.length) note(`@${node.name}`, missing.join(', '));
    } else if (node.type === 'rule') {
      // Escaped characters belong to class names (.md\:hidden), not to pseudo-classes.
      for (const [, colons, name] of node.selector.replace(/\\./g, '').matchAll(/(::?)([a-z-][a-z-]*)/g)) {
        if (name.startsWith('-')) continue;
        const missing = lacking(bcd.css.selectors[name]?.__compat, targets);
        if (missing.length) note(`selector ${colons}${name}`, missing.join(', '));
      }
    }
  });
  // doiuse reads the same sheet without the @supports blocks.
  const unguarded = root.clone();
  unguarded.walkAtRules('supports', (rule) => {
    rule.remove();
  });
  await postcss([
    doiuse({
      browsers: query,
      onFeatureUsage: (usage) => {
        if (REALLY_USED[usage.feature]?.(css) === false) return;
        note(usage.feature, usage.message.replace(/^.*?: /, ''));
      },
    }),
  ]).process(unguarded, { from: undefined });
  // flex gap: each gap utility needs its fallback rule.
  const plain = css.replace(/:not\(#\\#\)/g, '');
  root.walkRules((rule) => {
    const cls = rule.selector.replace(/:not\(#\\#\)/g, '');
    if (!/^\.[^\s,]+$/.test(cls)) return;
    if (!rule.nodes.some((d) => d.type === 'decl' && /^(gap|row-gap|column-gap)$/.test(d.prop))) return;
    if (!plain.includes(`html[data-no-flex-gap] .flex${cls}:`) && !plain.includes(`html[data-no-flex-gap] .flex-col${cls}>`))
      note(`flex gap ${cls}`, 'Chromium < 84 / Safari < 14.1 (no margin fallback)');
  });
  return found;
}

/** Newer JavaScript operators, with their compatibility data. */
const JS_TOKENS = { '?.': bcd.javascript.operators.optional_chaining, '??': bcd.javascript.operators.nullish_coalescing };

export function jsProblems(code, sourceType, targets) {
  try {
    parse(code, { ecmaVersion: 2020, sourceType });
    for (const token of tokenizer(code, { ecmaVersion: 2020, sourceType })) {
      const compat = JS_TOKENS[token.type.label];
      const missing = compat ? lacking(compat.__compat, targets) : [];
      if (missing.length) return [`"${token.type.label}" at ${token.start} (${missing.join(', ')})`];
    }
    return [];
  } catch (e) {
    return [`not ES2020 (${e instanceof Error ? e.message : e})`];
  }
}

async function main() {
  const root = path.resolve(process.argv[2] ?? 'out');
  const query = browserslist.loadConfig({ path: process.cwd() });
  const targets = oldestTargets(query);
  const all = filesUnder(path.join(root, '_next'));
  const problems = [];
  // The service worker is hand-written and Pagefind's scripts (ES modules) are lowered by
  // scripts/build/search-index.mjs: both are held to the same level.
  const scripts = [...all.filter((f) => f.endsWith('.js')), path.join(root, 'sw.js')];
  const modules = ['pagefind.js', 'pagefind-worker.js'].map((n) => path.join(root, 'pagefind', n));
  for (const f of [...scripts, ...modules]) {
    for (const p of jsProblems(readFileSync(f, 'utf8'), modules.includes(f) ? 'module' : 'script', targets))
      problems.push(`${path.relative(root, f)}: ${p}`);
  }
  const styles = all.filter((f) => f.endsWith('.css'));
  const accepted = new Set();
  for (const f of styles) {
    for (const [feature, where] of await cssProblems(readFileSync(f, 'utf8'), targets, query)) {
      if (feature in GRACEFUL) accepted.add(feature);
      else problems.push(`${path.relative(root, f)}: ${feature} — not in ${where}`);
    }
  }
  const names = Object.entries(targets)
    .map(([b, v]) => `${b} ${v}`)
    .join(', ');
  if (problems.length > 0) {
    console.error(`Old-browser check (${names}) failed:\n  ${problems.join('\n  ')}`);
    process.exit(1);
  }
  console.log(
    `Old-browser check (${names}; MDN compatibility data + caniuse): ${scripts.length + modules.length} scripts parse as ES2020 ` +
      `with no operator a target lacks; ${styles.length} stylesheets use nothing a target lacks but ${accepted.size} features that degrade ` +
      `gracefully (${[...accepted].sort().join(', ')}).`,
  );
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
