import type { Metadata, Viewport } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import type { ReactNode } from 'react';
import { SiteFooter } from '@/components/SiteFooter';
import { SiteHeader } from '@/components/SiteHeader';
import { WeChatHint } from '@/components/share/WeChatHint';
import { WeChatShareCard } from '@/components/share/WeChatShareCard';
import { isLocale, routing } from '@/i18n/routing';
import { SITE_URL } from '@/lib/routes';
import { FLEX_GAP_BOOT } from '@/lib/compat-boot';
import { ELDER_BOOT } from '@/lib/elder-boot';
import { SW_BOOT } from '@/lib/sw-boot';
import { missingIn } from '@/lib/content';
import { weChatSdkConfig } from '@/lib/wechat-sdk';

// Read at build time: the default build has no JS-SDK at all.
const weChatSdk = weChatSdkConfig(process.env);

export const dynamicParams = false;

export function generateStaticParams() {
  return routing.locales.map((locale) => ({ locale }));
}

export const viewport: Viewport = {
  width: 'device-width',
  initialScale: 1,
  themeColor: '#b3261e',
};

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  if (!isLocale(locale)) return {};
  const t = await getTranslations({ locale, namespace: 'site' });
  return {
    metadataBase: SITE_URL,
    title: { default: `${t('name')} · ${t('tagline')}`, template: `%s · ${t('name')}` },
    description: t('description'),
    formatDetection: { telephone: false },
    icons: {
      icon: [
        { url: '/favicon.ico', sizes: '32x32' },
        { url: '/icons/icon-192.png', sizes: '192x192', type: 'image/png' },
      ],
      apple: '/icons/apple-touch-icon.png',
    },
  };
}

export default async function LocaleLayout({ children, params }: { children: ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'nav' });
  const ts = await getTranslations({ locale, namespace: 'share' });
  const te = await getTranslations({ locale, namespace: 'elder' });
  const other = routing.locales.find((l) => l !== locale)!;
  return (
    <html lang={locale} itemScope itemType="https://schema.org/WebPage" suppressHydrationWarning>
      <head>
        <script dangerouslySetInnerHTML={{ __html: [ELDER_BOOT, FLEX_GAP_BOOT, SW_BOOT].join(';') }} />
      </head>
      <body className="flex min-h-screen flex-col">
        <a
          href="#main"
          className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-50 focus:rounded focus:bg-paper focus:p-3"
        >
          {t('skip')}
        </a>
        {/* No i18n provider on the client: every string a client component shows arrives as a prop. */}
        <SiteHeader locale={locale} missingInOther={missingIn(other, locale)} elderLabel={te('toggle')} />
        <WeChatHint text={ts('wechatHint')} dismiss={ts('dismiss')} />
        {weChatSdk && <WeChatShareCard config={weChatSdk} />}
        <main id="main" tabIndex={-1} className="mx-auto w-full max-w-3xl flex-1 px-4 py-6 outline-none">
          {children}
        </main>
        <SiteFooter />
      </body>
    </html>
  );
}
