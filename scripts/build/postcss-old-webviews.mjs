// PostCSS plugin for the old webviews in package.json "browserslist" (WeChat's Android webview of about
// 2020 runs Chromium 78). Three things no maintained plugin does, run before postcss-preset-env
// (the third, Tailwind's custom-property defaults, is explained where it is done):
//  - :where(A) becomes A. Chromium before 88 drops a whole rule that names :where(); Tailwind writes
//    it for its reset and the space-y-* utilities. Unwrapped, the rule applies everywhere, a little more
//    specific than :where() would make it.
//  - flex gap (Chromium 84, Safari 14.1) gets a margin fallback, applied only where the inline boot
//    script (lib/compat-boot.ts) found flex gap missing and set data-no-flex-gap on <html>: every
//    .gap-* / .gap-x-* / .gap-y-* utility also spaces the children of flex containers with margins.
const FLAG = 'html[data-no-flex-gap]';

/** Splits a selector list at top-level commas. */
function splitList(list) {
  const parts = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < list.length; i += 1) {
    const c = list[i];
    if (c === '\\') i += 1;
    else if (c === '(') depth += 1;
    else if (c === ')') depth -= 1;
    else if (c === ',' && depth === 0) {
      parts.push(list.slice(start, i).trim());
      start = i + 1;
    }
  }
  parts.push(list.slice(start).trim());
  return parts;
}

/** Replaces every :where(list) in one selector by its arguments (one selector per combination). */
export function unwrapWhere(selector) {
  const at = selector.indexOf(':where(');
  if (at < 0) return [selector];
  let depth = 0;
  let end = at + ':where('.length - 1;
  for (; end < selector.length; end += 1) {
    const c = selector[end];
    if (c === '\\') end += 1;
    else if (c === '(') depth += 1;
    else if (c === ')' && (depth -= 1) === 0) break;
  }
  const inner = splitList(selector.slice(at + ':where('.length, end));
  const before = selector.slice(0, at);
  const after = selector.slice(end + 1);
  return inner.flatMap((arg) => unwrapWhere(`${before}${arg}${after}`));
}

function gapFallback(rule, postcss) {
  // One class, escapes allowed (.print\:gap-6).
  if (!/^\.(?:\\.|[^\s.,:>+~[\\])+$/.test(rule.selector)) return;
  let row;
  let column;
  rule.walkDecls((decl) => {
    if (decl.prop === 'gap') {
      const [r, c = r] = decl.value.split(/\s+(?![^(]*\))/);
      row = r;
      column = c;
    } else if (decl.prop === 'row-gap') row = decl.value;
    else if (decl.prop === 'column-gap') column = decl.value;
  });
  if (row === undefined && column === undefined) return;
  const s = rule.selector;
  const added = [];
  if (column !== undefined) {
    added.push(
      postcss.rule({
        selector: [`${FLAG} .flex${s}:not(.flex-col) > * + *`, `${FLAG} .inline-flex${s}:not(.flex-col) > * + *`].join(', '),
        nodes: [postcss.decl({ prop: 'margin-left', value: column })],
      }),
    );
  }
  if (row !== undefined) {
    added.push(
      postcss.rule({
        selector: `${FLAG} .flex-col${s} > * + *`,
        nodes: [postcss.decl({ prop: 'margin-top', value: row })],
      }),
      postcss.rule({
        selector: `${FLAG} .flex-wrap${s} > *`,
        nodes: [postcss.decl({ prop: 'margin-bottom', value: row })],
      }),
    );
  }
  rule.after(added);
}

const plugin = () => ({
  postcssPlugin: 'shizha-old-webviews',
  OnceExit(root, { postcss }) {
    // Tailwind gives its custom properties (--tw-border-style and the like) their initial values in a
    // block guarded by a test that only Safari < 16.4 and Firefox < 128 pass, assuming every Chromium
    // has @property. Chromium 78–84 has not: there borders would vanish. The values are the same
    // initial values @property gives, in the lowest layer, so the block can apply everywhere.
    root.walkAtRules('supports', (rule) => {
      if (rule.params.includes('margin-trim') && rule.params.includes('-webkit-hyphens')) rule.replaceWith(rule.nodes);
    });
    root.walkRules((rule) => {
      if (rule.selector.includes(':where(')) {
        rule.selectors = [...new Set(rule.selectors.flatMap(unwrapWhere))];
      }
      gapFallback(rule, postcss);
    });
  },
});
plugin.postcss = true;
export default plugin;
