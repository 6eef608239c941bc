import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { absoluteUrl, SITE_URL } from '@/lib/routes';

/** A QR code to a lesson at the site's public address, as the printed handout has (PrintFooter). */
export async function LessonQr({ locale, path, label }: { locale: Locale; path: string; label: string }) {
  const url = absoluteUrl(locale, path, SITE_URL);
  const qr = await QRCode.toDataURL(url, { margin: 1, width: 240 });
  return (
    <figure className="deck-qr">
      <img src={qr} alt="" />
      <figcaption>{label}</figcaption>
    </figure>
  );
}
