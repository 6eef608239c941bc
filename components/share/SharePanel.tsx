import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { posterFor } from '@/lib/share';
import { InWeChat, NotInWeChat } from './NotInWeChat';
import { ShareActions } from './ShareActions';
import { absoluteUrl, SITE_URL } from '@/lib/routes';

/**
 * The share panel at the end of a page: copy link, the system share sheet, a QR code of the page drawn
 * at build time (an image, so WeChat readers can long-press it) and the page's poster where it has one.
 */
export async function SharePanel({ locale, path, title }: { locale: Locale; path: string; title: string }) {
  const t = await getTranslations('share');
  const url = absoluteUrl(locale, path, SITE_URL);
  const qr = await QRCode.toDataURL(url, { margin: 1, width: 240, errorCorrectionLevel: 'M' });
  const poster = posterFor(locale, path);
  return (
    <section aria-labelledby="share-title" className="no-print mt-12 rounded-2xl border-2 border-line p-4" data-share-panel>
      <h2 id="share-title" className="text-2xl">
        {t('title')}
      </h2>
      {/* Without JavaScript the address itself is there to copy. */}
      <p className="mt-2 break-all">
        <a href={url}>{url}</a>
      </p>
      <InWeChat>
        <p className="mt-2" data-wechat-menu-note>
          {t('wechatHint')}
        </p>
      </InWeChat>
      <ShareActions
        value={url}
        share={{ title, url }}
        labels={{ copy: t('copyLink'), copied: t('copied'), share: t('systemShare') }}
      />
      <div className="mt-6 grid gap-6 sm:grid-cols-2">
        <figure>
          <figcaption className="font-bold">{t('qrTitle')}</figcaption>
          <img
            src={qr}
            width={180}
            height={180}
            alt={t('qrAlt', { url })}
            className="mt-2 rounded-lg border border-line"
            data-qr
          />
          <p className="mt-1 text-base text-muted">{t('qrHint')}</p>
        </figure>
        {poster && (
          <figure>
            <figcaption className="font-bold">{t('posterTitle')}</figcaption>
            <img
              src={poster}
              width={150}
              height={240}
              alt={t('posterAlt', { title })}
              loading="lazy"
              className="mt-2 rounded-lg border border-line"
              data-poster
            />
            <p className="mt-1 text-base text-muted">{t('posterHint')}</p>
            <NotInWeChat>
              <a href={poster} download className="inline-flex min-h-11 items-center" data-poster-download>
                {t('posterDownload')}
              </a>
            </NotInWeChat>
          </figure>
        )}
      </div>
    </section>
  );
}
