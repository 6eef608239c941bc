// Copies each exported page's Open Graph title, description and image into itemprop meta tags in its
// <head>, the convention WeChat and QQ read for their link cards. Run after `next build`.
// Why not in React: Next's metadata API has no itemprop (its `other` writes name=""); only the root
// layout writes <head>, and it does not know the page; and React 19 hoists a <meta> into <head> except
// one with itemProp, which it leaves where it is rendered (in <body>) and writes as `itemProp="…"`. So
// React can put these tags in the page, but not where link-card readers look. Doing it here keeps one
// source (the Open Graph tags) for all three. The item they belong to, <html itemscope
// itemtype="https://schema.org/WebPage">, is rendered by React (app/[locale]/layout.tsx).
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { htmlFiles } from '../lib/files.mjs';

const root = path.resolve(process.argv[2] ?? 'out');

const property = (html, name) => html.match(new RegExp(`<meta property="${name}" content="([^"]*)"`))?.[1];

let done = 0;
for (const file of htmlFiles(root)) {
  const html = readFileSync(file, 'utf8');
  if (html.includes('itemProp="name"') || html.includes('itemprop="name"')) continue;
  const values = {
    name: property(html, 'og:title'),
    description: property(html, 'og:description'),
    image: property(html, 'og:image'),
  };
  if (!values.name) continue;
  const tags = Object.entries(values)
    .filter(([, v]) => v)
    .map(([k, v]) => `<meta itemprop="${k}" content="${v}"/>`)
    .join('');
  writeFileSync(file, html.replace('</head>', `${tags}</head>`));
  done += 1;
}
console.log(`microdata: itemprop name/description/image added to ${done} pages`);
