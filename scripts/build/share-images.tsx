// Draws every page's share image (1200×630) and, where a page has key points, a poster with its QR
// code, into out/share/. Run after `next build` (npm run build does both).
// Each image is kept in .cache/share-images/ under a hash of what draws it (this script and the layouts,
// the fonts, the renderer's versions, the site's address and the image's own text, QR code and size), and
// drawn again only when one of those changes: a content edit redraws only its own pages' images. A fresh
// clone (CI) has no cache and draws them all. Delete the folder to force a full redraw.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import satori from 'satori';
import subsetFont from 'subset-font';
import { routing, type Locale } from '@/i18n/routing';
import { absoluteUrl, posterUrl, shareImageUrl, SITE_URL } from '@/lib/routes';
import { POSTER, SHARE_IMAGE, cardText, hasPoster, shareCards, type ShareCard } from '@/lib/share';
import { missingGlyphs, shareFontFiles } from '@/lib/share-fonts';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { Card, Icon, Poster, posterKicker } from './share-layouts';

const OUT = path.join(process.cwd(), 'out');
const MESSAGES = { 'zh-CN': zh, en } as const;

/** A .ico file holding one PNG (every browser since IE Vista-era reads PNG inside ICO). */
function ico(png: Buffer, size: number) {
  const header = Buffer.alloc(22);
  header.writeUInt16LE(0, 0);
  header.writeUInt16LE(1, 2); // icon
  header.writeUInt16LE(1, 4); // one image
  header.writeUInt8(size, 6);
  header.writeUInt8(size, 7);
  header.writeUInt16LE(1, 10); // planes
  header.writeUInt16LE(32, 12); // bits per pixel
  header.writeUInt32LE(png.length, 14);
  header.writeUInt32LE(22, 18);
  return Buffer.concat([header, png]);
}

/** Every character an image draws: the font subset holds these and the glyph check covers them. */
function drawnText(cards: ShareCard[], site: string, scan: string, method: string) {
  return [site, scan, method, '识0123456789', ...cards.flatMap((c) => [cardText(c), posterKicker(site, c)])].join('');
}

async function render(element: React.ReactNode, size: { width: number; height: number }, fonts: Buffer[]) {
  const svg = await satori(element, {
    ...size,
    fonts: fonts.map((data) => ({ name: 'Noto Sans SC', data, weight: 700 as const, style: 'normal' as const })),
  });
  return new Resvg(svg, { fitTo: { mode: 'width', value: size.width } }).render().asPng();
}

const CACHE = path.join(process.cwd(), '.cache/share-images');
const version = (pkg: string) =>
  (JSON.parse(readFileSync(path.join(process.cwd(), 'node_modules', pkg, 'package.json'), 'utf8')) as { version: string })
    .version;
/** Everything every image depends on. */
function drawingKey(fonts: Buffer[]) {
  const hash = createHash('sha256');
  for (const file of ['scripts/build/share-images.tsx', 'scripts/build/share-layouts.tsx'])
    hash.update(readFileSync(path.join(process.cwd(), file)));
  for (const font of fonts) hash.update(font);
  hash.update(['satori', '@resvg/resvg-js', 'subset-font', 'qrcode'].map(version).join());
  hash.update(SITE_URL.href);
  return hash.digest();
}
const used = new Set<string>();
let drawn = 0;

/**
 * The image for `inputs` from the cache, or drawn and kept. Each image is drawn with its locale's font
 * subset, which holds every character of the locale's cards; a glyph is the same whichever subset holds
 * it, so the key is the image's own inputs only.
 */
async function cached(key: Buffer, inputs: unknown, draw: () => Promise<Buffer>): Promise<Buffer> {
  const name = `${createHash('sha256').update(key).update(JSON.stringify(inputs)).digest('hex').slice(0, 40)}.png`;
  used.add(name);
  const file = path.join(CACHE, name);
  if (existsSync(file)) return readFileSync(file);
  const png = await draw();
  mkdirSync(CACHE, { recursive: true });
  writeFileSync(file, png);
  drawn += 1;
  return png;
}

function write(url: string, png: Buffer) {
  const file = path.join(OUT, url);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
}

const started = Date.now();
const fullFonts = shareFontFiles();
const key = drawingKey(fullFonts);
let images = 0;
let posters = 0;
let iconFonts: () => Promise<Buffer[]> = async () => [];
for (const locale of routing.locales as readonly Locale[]) {
  const m = MESSAGES[locale];
  const cards = shareCards(locale);
  const text = drawnText(cards, m.site.name, m.share.posterScan, m.lesson.method);
  const missing = missingGlyphs(text, fullFonts);
  if (missing.length)
    throw new Error(`share images (${locale}): no glyph for ${missing.map((c) => JSON.stringify(c)).join(' ')}`);
  // One subset per locale: every character its cards use, and nothing else; made only if an image is drawn.
  let subset: Promise<Buffer[]> | undefined;
  const fonts = () => (subset ??= Promise.all(fullFonts.map((f) => subsetFont(f, text, { targetFormat: 'sfnt' }))));
  iconFonts = fonts;
  for (const card of cards) {
    const site = m.site.name;
    write(
      shareImageUrl(locale, card.path),
      await cached(key, ['card', SHARE_IMAGE, site, card], async () =>
        render(<Card card={card} site={site} />, SHARE_IMAGE, await fonts()),
      ),
    );
    images += 1;
    if (hasPoster(card)) {
      const qr = await QRCode.toDataURL(absoluteUrl(locale, card.path, SITE_URL), { margin: 1, width: 360 });
      const { posterScan: scan } = m.share;
      const { method } = m.lesson;
      write(
        posterUrl(locale, card.path),
        await cached(key, ['poster', POSTER, site, card, qr, scan, method], async () =>
          render(<Poster card={card} site={site} qr={qr} scan={scan} method={method} />, POSTER, await fonts()),
        ),
      );
      posters += 1;
    }
  }
}
// App icons and favicon, drawn with a locale's subset (every subset holds 识).
const icon = (size: number, maskable = false) =>
  cached(key, ['icon', size, maskable], async () =>
    render(<Icon size={size} maskable={maskable} />, { width: size, height: size }, await iconFonts()),
  );
write('/icons/icon-192.png', await icon(192));
write('/icons/icon-512.png', await icon(512));
write('/icons/maskable-512.png', await icon(512, true));
write('/icons/apple-touch-icon.png', await icon(180, true));
write('/favicon.ico', ico(await icon(32), 32));

// Images no page uses any more leave the cache.
if (existsSync(CACHE)) for (const name of readdirSync(CACHE)) if (!used.has(name)) rmSync(path.join(CACHE, name));

console.log(
  `share images: ${images} cards and ${posters} posters (${drawn} drawn, the rest from .cache/share-images/) in ${((Date.now() - started) / 1000).toFixed(1)} s`,
);
