// Copies each exported page's Open Graph title, description and image into itemprop meta tags, the
// convention WeChat and QQ read for their link cards. Next's metadata API has no itemprop, and doing it
// here keeps one source for all three. Run after `next build`.
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
