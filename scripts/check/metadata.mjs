// Checks that every exported page carries the full sharing metadata in its HTML (not added by
// JavaScript): title, description, canonical, Open Graph, Twitter card and itemprop tags, with absolute
// URLs on the site's origin, and a share image that exists in out/ as a PNG.
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { SITE_URL as site } from '../../lib/routes.ts';
import { htmlFiles } from '../lib/files.mjs';

const root = path.resolve(process.argv[2] ?? 'out');

const attr = (html, tag, key, value, wanted) =>
  html.match(new RegExp(`<${tag} [^>]*${key}="${value}"[^>]*${wanted}="([^"]*)"`))?.[1] ??
  html.match(new RegExp(`<${tag} [^>]*${wanted}="([^"]*)"[^>]*${key}="${value}"`))?.[1];

export function checkPage(html) {
  const problems = [];
  const need = (label, value) => {
    if (!value) problems.push(`missing ${label}`);
    return value;
  };
  const absolute = (label, value) => {
    if (value && !value.startsWith(site.origin)) problems.push(`${label} is not an absolute URL on ${site.origin}: ${value}`);
  };
  need('<title>', html.match(/<title>([^<]+)<\/title>/)?.[1]);
  need('description', attr(html, 'meta', 'name', 'description', 'content'));
  absolute('canonical', need('canonical', attr(html, 'link', 'rel', 'canonical', 'href')));
  for (const p of ['og:title', 'og:description', 'og:type', 'og:locale', 'og:site_name'])
    need(p, attr(html, 'meta', 'property', p, 'content'));
  absolute('og:url', need('og:url', attr(html, 'meta', 'property', 'og:url', 'content')));
  const image = need('og:image', attr(html, 'meta', 'property', 'og:image', 'content'));
  absolute('og:image', image);
  need('twitter:card', attr(html, 'meta', 'name', 'twitter:card', 'content'));
  absolute('twitter:image', need('twitter:image', attr(html, 'meta', 'name', 'twitter:image', 'content')));
  for (const p of ['name', 'description', 'image']) need(`itemprop ${p}`, attr(html, 'meta', 'itemprop', p, 'content'));
  if (image) {
    const file = path.join(root, decodeURIComponent(new URL(image).pathname));
    if (!existsSync(file)) problems.push(`share image ${image} is not in out/`);
    else if (readFileSync(file).subarray(1, 4).toString() !== 'PNG') problems.push(`share image ${image} is not a PNG`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const pages = htmlFiles(root).filter((f) => !/(^|\/)(404|_not-found)(\/|\.html)/.test(path.relative(root, f)));
  const failures = [];
  for (const file of pages) {
    for (const problem of checkPage(readFileSync(file, 'utf8'))) failures.push(`${path.relative(root, file)}: ${problem}`);
  }
  for (const line of failures.slice(0, 40)) console.error(`  ✗ ${line}`);
  console.log(`metadata check: ${pages.length} pages, ${failures.length} problems`);
  process.exit(failures.length ? 1 : 0);
}
