// What the share images, posters and app icons look like: satori layouts (flexbox, inline styles) that
// scripts/build/share-images.tsx draws into out/. No file is written here.
import { POSTER, type ShareCard } from '@/lib/share';

const RED = '#b3261e';

/** The poster's kicker: the site's name and the card's own kicker. */
export const posterKicker = (site: string, card: ShareCard) => `${site} · ${card.kicker}`;

/** The site's mark beside its name: 识 in white on the brand red. */
function Mark({ size, gap }: { size: number; gap: number }) {
  return (
    <div
      style={{
        width: size,
        height: size,
        borderRadius: 10,
        background: RED,
        color: '#fff',
        display: 'flex',
        alignItems: 'center',
        justifyContent: 'center',
        marginRight: gap,
        fontSize: Math.round(size * 0.6),
      }}
    >
      识
    </div>
  );
}

export function Card({ card, site }: { card: ShareCard; site: string }) {
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
          <Mark size={48} gap={12} />
          {site}
        </div>
      </div>
    </div>
  );
}

/** Width of text in ems: CJK characters (and curly quotes, drawn full-width) are one em, Latin about half. */
const ems = (text: string) => [...text].reduce((sum, ch) => sum + (/[\u2e80-\uffef\u2018-\u201d]/.test(ch) ? 1 : 0.54), 0);

/** The largest font size from max down to min (step 2) at which text fits in width within lines. */
function fit(text: string, width: number, max: number, min: number, lines: number) {
  for (let size = max; size > min; size -= 2) if (Math.ceil((ems(text) * size) / width) <= lines) return size;
  return min;
}

const POSTER_WIDTH = POSTER.width - 88;
const FOOTER_HEIGHT = 204;

/**
 * The sheet people forward into family chats: the key message large, then the scammer's three steps
 * with a line each, the 切记 line in a box, and the QR code with the site's name. Type sizes follow the
 * length of each text so the sheet is filled and nothing is cut off.
 */
export function Poster({
  card,
  site,
  qr,
  scan,
  method,
}: {
  card: ShareCard;
  site: string;
  qr: string;
  scan: string;
  method: string;
}) {
  const steps = card.steps ?? [];
  const points = card.points ?? [];
  const roomy = steps.length === 0 && points.length <= 4;
  // Sizes for the texts, scaled down together until the estimated height fits the sheet.
  const sizesAt = (scale: number) => {
    const z = (n: number) => Math.round(n * scale);
    const title = fit(card.title, POSTER_WIDTH, z(52), z(34), 2);
    const lead = card.lead ? fit(card.lead, POSTER_WIDTH - 28, z(roomy ? 60 : 44), z(30), roomy ? 6 : 3) : 0;
    const stepLine = steps.length ? Math.min(...steps.map((st) => fit(st.line, POSTER_WIDTH - 72, z(28), z(22), 2))) : 0;
    const point = z(points.length > 4 ? 27 : 34);
    const remember = card.remember ? fit(card.remember.text, POSTER_WIDTH - 48, z(30), z(22), 4) : 0;
    const lines = (text: string, size: number, width: number) => Math.ceil((ems(text) * size) / width);
    const height =
      92 +
      lines(card.title, title, POSTER_WIDTH) * title * 1.25 +
      56 +
      (card.lead ? lines(card.lead, lead, POSTER_WIDTH - 28) * lead * 1.4 + 24 : 0) +
      (steps.length
        ? 44 + steps.reduce((h, st) => h + 30 * 1.3 + lines(st.line, stepLine, POSTER_WIDTH - 72) * stepLine * 1.4 + 18, 0) + 24
        : 0) +
      points.reduce((h, pt) => h + lines(pt, point, POSTER_WIDTH - 30) * point * 1.4 + (points.length > 4 ? 10 : 22), 0) +
      (card.remember ? 70 + lines(card.remember.text, remember, POSTER_WIDTH - 48) * remember * 1.4 : 0) +
      FOOTER_HEIGHT;
    return { title, lead, stepLine, point, remember, height };
  };
  let size = sizesAt(1);
  // The estimate is rough: keep a margin of 24px.
  const room = POSTER.height - 24;
  for (let step = 19; size.height > room && step >= 10; step -= 1) size = sizesAt(step / 20);
  if (size.height > room) throw new Error(`poster for ${card.path}: too much text for one sheet`);
  const { lead: leadSize, stepLine, point: pointSize, remember: rememberSize } = size;
  return (
    <div style={{ width: '100%', height: '100%', display: 'flex', flexDirection: 'column', background: '#fff' }}>
      <div style={{ background: RED, color: '#fff', padding: '32px 44px 30px', display: 'flex', flexDirection: 'column' }}>
        <div style={{ fontSize: 24, opacity: 0.9 }}>{posterKicker(site, card)}</div>
        <div style={{ fontSize: size.title, fontWeight: 700, marginTop: 8, lineHeight: 1.25 }}>{card.title}</div>
      </div>
      <div
        style={{
          display: 'flex',
          flexDirection: 'column',
          justifyContent: roomy ? 'center' : 'space-between',
          padding: '32px 44px 24px',
          flexGrow: 1,
        }}
      >
        {card.lead && (
          <div
            style={{
              display: 'flex',
              fontSize: leadSize,
              lineHeight: 1.4,
              color: '#1a1a1a',
              borderLeft: `10px solid ${RED}`,
              paddingLeft: 18,
            }}
          >
            {card.lead}
          </div>
        )}
        {steps.length > 0 && (
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            <div style={{ fontSize: 26, color: '#8c1d17', marginBottom: 10 }}>{method}</div>
            {steps.map((step, i) => (
              <div key={step.title} style={{ display: 'flex', marginBottom: i < steps.length - 1 ? 16 : 0 }}>
                <div
                  style={{
                    width: 52,
                    height: 52,
                    borderRadius: 26,
                    background: RED,
                    color: '#fff',
                    fontSize: 28,
                    display: 'flex',
                    alignItems: 'center',
                    justifyContent: 'center',
                    marginRight: 20,
                    flexShrink: 0,
                  }}
                >
                  {String(i + 1)}
                </div>
                <div style={{ display: 'flex', flexDirection: 'column', width: POSTER_WIDTH - 72 }}>
                  <div style={{ fontSize: 30, color: '#1a1a1a', lineHeight: 1.3 }}>{step.title}</div>
                  <div style={{ fontSize: stepLine, color: '#4a4a4a', lineHeight: 1.4, marginTop: 2 }}>{step.line}</div>
                </div>
              </div>
            ))}
          </div>
        )}
        {points.length > 0 && (
          <div style={{ display: 'flex', flexDirection: 'column' }}>
            {points.map((point) => (
              <div
                key={point}
                style={{
                  display: 'flex',
                  fontSize: pointSize,
                  lineHeight: 1.4,
                  color: '#1a1a1a',
                  marginBottom: points.length > 4 ? 10 : 22,
                }}
              >
                <div
                  style={{ width: 14, height: 14, background: RED, marginTop: pointSize * 0.5, marginRight: 16, flexShrink: 0 }}
                />
                <div style={{ display: 'flex', width: POSTER_WIDTH - 30 }}>{point}</div>
              </div>
            ))}
          </div>
        )}
        {card.remember && (
          <div
            style={{
              display: 'flex',
              flexDirection: 'column',
              background: '#fdecea',
              border: `4px solid ${RED}`,
              borderRadius: 20,
              padding: '16px 20px',
            }}
          >
            <div style={{ fontSize: 26, color: RED }}>{card.remember.label}</div>
            <div style={{ fontSize: rememberSize, color: '#1a1a1a', lineHeight: 1.4, marginTop: 4 }}>{card.remember.text}</div>
          </div>
        )}
      </div>
      <div
        style={{
          display: 'flex',
          alignItems: 'center',
          padding: '20px 44px 32px',
          flexShrink: 0,
          borderTop: '2px solid #d6d1c8',
          background: '#f5f3ef',
        }}
      >
        <img src={qr} width={150} height={150} alt="" />
        <div style={{ marginLeft: 24, display: 'flex', flexDirection: 'column' }}>
          <div style={{ fontSize: 30, color: '#1a1a1a' }}>{scan}</div>
          <div style={{ marginTop: 10, display: 'flex', alignItems: 'center', fontSize: 30, color: RED }}>
            <Mark size={44} gap={10} />
            {site}
          </div>
        </div>
      </div>
    </div>
  );
}

/** The app icon: 识 in white on the brand red; maskable icons keep it inside the middle 80%. */
export function Icon({ size, maskable }: { size: number; maskable: boolean }) {
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
