import { getTranslations } from 'next-intl/server';
import QRCode from 'qrcode';
import type { Locale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { absoluteUrl, SITE_URL } from '@/lib/routes';

/** Only on paper: the 三不一多 box and a QR code back to the page, for handouts. */
export async function PrintFooter({ locale, path }: { locale: Locale; path: string }) {
  const t = await getTranslations('print');
  const { sanbu } = getContent(locale).ruleGroups;
  const url = absoluteUrl(locale, path, SITE_URL);
  const qr = await QRCode.toDataURL(url, { margin: 1, width: 200 });
  return (
    <aside
      className="hidden break-inside-avoid print:mt-6 print:flex print:items-center print:gap-6 print:border-t-2 print:border-ink print:pt-4"
      data-print-footer
    >
      <div className="grow rounded-xl border-2 border-brand p-3">
        <p className="font-bold text-brand-dark">{sanbu.title}</p>
        <p className="mt-1 text-lg font-bold">{sanbu.items.map((i) => i.text).join(' · ')}</p>
      </div>
      <figure className="shrink-0 text-center">
        <img src={qr} width={110} height={110} alt="" />
        <figcaption className="mt-1 text-sm">{t('handoutQr')}</figcaption>
        <p className="text-xs break-all">{url}</p>
      </figure>
    </aside>
  );
}
