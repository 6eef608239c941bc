// Measures what a reader downloads for each exported page: the HTML, and the JavaScript and CSS files the
// HTML loads at first paint, each gzip-compressed the way deploy/nginx.conf serves them (level 6).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { htmlFiles } from './files.mjs';

export const GZIP_LEVEL = 6;

const cache = new Map();
/** gzip size of a file under the site root, cached (chunks are shared by many pages). */
export function gzipSize(file) {
  if (!cache.has(file)) cache.set(file, gzipSync(readFileSync(file), { level: GZIP_LEVEL }).length);
  return cache.get(file);
}

/** The same-origin script and stylesheet URLs an HTML page loads. */
export function assetsOf(html) {
  const scripts = new Set();
  const styles = new Set();
  for (const m of html.matchAll(/<script\b[^>]*\bsrc="([^"]+)"/g)) scripts.add(m[1]);
  for (const m of html.matchAll(/<link\b[^>]*>/g)) {
    const tag = m[0];
    if (/\brel="stylesheet"/.test(tag)) styles.add(/\bhref="([^"]+)"/.exec(tag)?.[1]);
  }
  styles.delete(undefined);
  return { scripts: [...scripts], styles: [...styles] };
}

/**
 * The scripts a page loads on use, after first paint (a dynamic import(): the scam check's analysis code):
 * Turbopack names each as "static/chunks/….js" in the script that imports it.
 */
export function laterScripts(root, scripts) {
  const first = new Set(scripts);
  const later = new Set();
  for (const u of scripts) {
    const text = readFileSync(path.join(root, decodeURIComponent(u.split('?')[0])), 'latin1');
    for (const m of text.matchAll(/"(static\/chunks\/[\w.-]+\.js)"/g)) {
      const url = `/_next/${m[1]}`;
      if (!first.has(url)) later.add(url);
    }
  }
  return [...later];
}

/** Page type from the URL path, e.g. /zh-CN/cases/brushing-rebate/ → "case". */
export function pageType(urlPath) {
  const parts = urlPath.split('/').filter(Boolean);
  const [, section, a, b] = parts;
  if (parts.length === 0) return 'root redirect';
  if (parts[0] === '404' || parts[0] === '_not-found') return 'not found';
  if (!section) return 'home';
  if (section === 'cases') return a === 'print' ? 'case booklet' : a ? 'case lesson' : 'case index';
  if (section === 'tools') return a ? 'tool lesson' : 'tool index';
  if (section === 'law') {
    if (a === 'articles') return b ? 'law article' : 'law full text';
    if (a === 'qa') return 'law Q&A';
    return 'law overview';
  }
  if (section === 'quiz') return a === 'q' ? 'quiz challenge' : 'self-test';
  if (section === 'search') return 'search';
  return section;
}

/** Lesson pages carry the JavaScript budget's strictest reading. */
export const LESSON_TYPES = new Set(['case lesson', 'tool lesson']);

/** Weights of every exported page: { url, type, html, js, css, later } in gzip bytes (later: scripts loaded on use). */
export function pageWeights(outDir) {
  const root = path.resolve(outDir);
  return htmlFiles(root)
    .map((file) => {
      const rel = path.relative(root, file).split(path.sep).join('/');
      const url = '/' + rel.replace(/(^|\/)index\.html$/, '$1').replace(/\.html$/, '/');
      const html = readFileSync(file, 'utf8');
      const { scripts, styles } = assetsOf(html);
      const sum = (urls) => urls.reduce((n, u) => n + gzipSize(path.join(root, decodeURIComponent(u.split('?')[0]))), 0);
      return {
        url,
        type: pageType(url),
        html: gzipSync(html, { level: GZIP_LEVEL }).length,
        js: sum(scripts),
        css: sum(styles),
        later: sum(laterScripts(root, scripts)),
      };
    })
    .sort((x, y) => x.url.localeCompare(y.url));
}

/** Rows per page type: page count and the largest HTML, JS and CSS weight among them. */
export function tableByType(weights) {
  const rows = new Map();
  for (const w of weights) {
    const r = rows.get(w.type) ?? { type: w.type, pages: 0, html: 0, js: 0, css: 0, later: 0, heaviest: w.url };
    r.pages += 1;
    if (w.html > r.html) r.heaviest = w.url;
    r.html = Math.max(r.html, w.html);
    r.js = Math.max(r.js, w.js);
    r.css = Math.max(r.css, w.css);
    r.later = Math.max(r.later, w.later);
    rows.set(w.type, r);
  }
  return [...rows.values()].sort((a, b) => a.type.localeCompare(b.type));
}

export const kb = (n) => (n / 1024).toFixed(1);

const NAMES = { html: 'HTML', js: 'JS', css: 'CSS', later: 'JS loaded on use' };

/** Every way a page breaks a budget ({ html, js, css, later? } in bytes), as readable lines. */
export function overBudget(weights, budget) {
  return weights.flatMap((w) =>
    Object.keys(NAMES)
      .filter((k) => budget[k] !== undefined && w[k] > budget[k])
      .map((k) => `${w.url}: ${NAMES[k]} ${kb(w[k])} KB > ${kb(budget[k])} KB`),
  );
}
