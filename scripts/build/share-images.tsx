// Draws every page's share image (1200×630) and, where a page has key points, a poster with its QR
// code, into out/share/. Run after `next build` (npm run build does both).
import { mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Resvg } from '@resvg/resvg-js';
import QRCode from 'qrcode';
import satori from 'satori';
import subsetFont from 'subset-font';
import { routing, type Locale } from '@/i18n/routing';
import { SITE_URL } from '@/lib/metadata';
import { POSTER, SHARE_IMAGE, cardText, hasPoster, posterUrl, shareCards, shareImageUrl, type ShareCard } from '@/lib/share';
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

function write(url: string, png: Buffer) {
  const file = path.join(OUT, url);
  mkdirSync(path.dirname(file), { recursive: true });
  writeFileSync(file, png);
}

const started = Date.now();
const fullFonts = shareFontFiles();
let images = 0;
let posters = 0;
let iconFonts: Buffer[] = [];
for (const locale of routing.locales as readonly Locale[]) {
  const m = MESSAGES[locale];
  const cards = shareCards(locale);
  const text = drawnText(cards, m.site.name, m.share.posterScan, m.lesson.method);
  const missing = missingGlyphs(text, fullFonts);
  if (missing.length)
    throw new Error(`share images (${locale}): no glyph for ${missing.map((c) => JSON.stringify(c)).join(' ')}`);
  // One subset per locale: every character its cards use, and nothing else.
  const fonts = await Promise.all(fullFonts.map((f) => subsetFont(f, text, { targetFormat: 'sfnt' })));
  iconFonts = fonts;
  for (const card of cards) {
    write(shareImageUrl(locale, card.path), await render(<Card card={card} site={m.site.name} />, SHARE_IMAGE, fonts));
    images += 1;
    if (hasPoster(card)) {
      const qr = await QRCode.toDataURL(new URL(`/${locale}${card.path}`, SITE_URL).href, { margin: 1, width: 360 });
      write(
        posterUrl(locale, card.path),
        await render(
          <Poster card={card} site={m.site.name} qr={qr} scan={m.share.posterScan} method={m.lesson.method} />,
          POSTER,
          fonts,
        ),
      );
      posters += 1;
    }
  }
}
// App icons and favicon, drawn with a locale's subset (every subset holds 识).
const icon = (size: number, maskable = false) =>
  render(<Icon size={size} maskable={maskable} />, { width: size, height: size }, iconFonts);
write('/icons/icon-192.png', await icon(192));
write('/icons/icon-512.png', await icon(512));
write('/icons/maskable-512.png', await icon(512, true));
write('/icons/apple-touch-icon.png', await icon(180, true));
write('/favicon.ico', ico(await icon(32), 32));

console.log(`share images: ${images} cards and ${posters} posters in ${((Date.now() - started) / 1000).toFixed(1)} s`);
