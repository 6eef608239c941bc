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
import { POSTER, SHARE_IMAGE, posterUrl, shareCards, shareImageUrl, type ShareCard } from '@/lib/share';
import { missingGlyphs, shareFontFiles } from '@/lib/share-fonts';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

const OUT = path.join(process.cwd(), 'out');
const RED = '#b3261e';
const MESSAGES = { 'zh-CN': zh, en } as const;

function Card({ card, site }: { card: ShareCard; site: string }) {
  const size = card.title.length > 40 ? 40 : card.title.length > 18 ? 52 : 68;
  return (
    <div
      style={{ width: '100%', height: '100%', display: 'flex', alignItems: 'center', justifyContent: 'center', background: RED }}
    >
      <div
        style={{
          width: 1080,
          height: 520,
          borderRadius: 36,
          background: '#fff',
          display: 'flex',
          flexDirection: 'column',
          alignItems: 'center',
          justifyContent: 'center',
        }}
      >
        <div style={{ fontSize: 28, color: '#8c1d17', marginBottom: 24, maxWidth: 600, textAlign: 'center' }}>{card.kicker}</div>
        {/* The title stays inside the middle 600px, so a square crop keeps it whole. */}
        <div style={{ fontSize: size, color: '#1a1a1a', lineHeight: 1.3, maxWidth: 600, textAlign: 'center', fontWeight: 700 }}>
          {card.title}
        </div>
        <div style={{ marginTop: 36, display: 'flex', alignItems: 'center', fontSize: 30, color: RED, fontWeight: 700 }}>
          <div
            style={{
              width: 48,
              height: 48,
              borderRadius: 10,
              background: RED,
              color: '#fff',
              display: 'flex',
              alignItems: 'center',
              justifyContent: 'center',
              marginRight: 12,
            }}
          >
            识
          </div>
          {site}
        </div>
      </div>
    </div>
  );
}

function Poster({ card, site, qr, scan }: { card: ShareCard; site: string; qr: string; scan: string }) {
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#fff' }}>
      <div style={{ background: RED, color: '#fff', padding: '40px 48px', display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 30 }}>{posterKicker(site, card)}</div>
        <div style={{ fontSize: card.title.length > 16 ? 44 : 56, fontWeight: 700, marginTop: 12, lineHeight: 1.3 }}>
          {card.title}
        </div>
      </div>
      <div style={{ display: 'flex', flexDirection: 'column', padding: '32px 48px', flexGrow: 1 }}>
        {(card.points ?? []).slice(0, 8).map((point) => (
          <div
            key={point}
            style={{
              fontSize: (card.points ?? []).length > 4 ? 24 : 30,
              lineHeight: 1.45,
              color: '#1a1a1a',
              marginBottom: 14,
              display: 'flex',
            }}
          >
            {point}
          </div>
        ))}
      </div>
      <div style={{ display: 'flex', alignItems: 'center', padding: '0 48px 40px' }}>
        <img src={qr} width={180} height={180} alt="" />
        <div style={{ marginLeft: 24, fontSize: 28, color: '#4a4a4a', display: 'flex' }}>{scan}</div>
      </div>
    </div>
  );
}

/** The app icon: 识 in white on the brand red; maskable icons keep it inside the middle 80%. */
function Icon({ size, maskable }: { size: number; maskable: boolean }) {
  return (
    <div
      style={{
        width: '100%',
        height: '100%',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        background: RED,
        borderRadius: maskable ? 0 : size * 0.18,
        color: '#fff',
        fontSize: size * (maskable ? 0.5 : 0.66),
        fontWeight: 700,
      }}
    >
      识
    </div>
  );
}

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

const posterKicker = (site: string, card: ShareCard) => `${site} · ${card.kicker}`;

/** Every character an image draws: the font subset holds these and the glyph check covers them. */
function drawnText(cards: ShareCard[], site: string, scan: string) {
  return [site, scan, '识', ...cards.flatMap((c) => [c.kicker, c.title, posterKicker(site, c), ...(c.points ?? [])])].join('');
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
  const text = drawnText(cards, m.site.name, m.share.posterScan);
  const missing = missingGlyphs(text, fullFonts);
  if (missing.length)
    throw new Error(`share images (${locale}): no glyph for ${missing.map((c) => JSON.stringify(c)).join(' ')}`);
  // One subset per locale: every character its cards use, and nothing else.
  const fonts = await Promise.all(fullFonts.map((f) => subsetFont(f, text, { targetFormat: 'sfnt' })));
  iconFonts = fonts;
  for (const card of cards) {
    write(shareImageUrl(locale, card.path), await render(<Card card={card} site={m.site.name} />, SHARE_IMAGE, fonts));
    images += 1;
    if (card.points) {
      const qr = await QRCode.toDataURL(new URL(`/${locale}${card.path}`, SITE_URL).href, { margin: 1, width: 360 });
      write(
        posterUrl(locale, card.path),
        await render(<Poster card={card} site={m.site.name} qr={qr} scan={m.share.posterScan} />, POSTER, fonts),
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
