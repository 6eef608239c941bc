import type { Metadata } from 'next';
import { routing, type Locale } from '@/i18n/routing';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';
import { SHARE_IMAGE, shareImageFor } from './share';
import { pagesOf } from './content';
import { localePath } from './routes';

const SITE = { 'zh-CN': zh.site, en: en.site } as const;
const OG_LOCALE = { 'zh-CN': 'zh_CN', en: 'en_US' } as const;

/**
 * A page's metadata, all of it in the exported HTML: canonical address, hreflang alternates (the same
 * path in every locale that has it, x-default the default locale), Open Graph and Twitter cards with
 * the page's share image. Relative URLs become absolute through metadataBase (SITE_URL).
 */
export function pageMetadata(locale: Locale, path: string, meta: { title?: string; description?: string }): Metadata {
  const languages: Record<string, string> = {};
  for (const l of routing.locales) if (pagesOf(l).includes(path)) languages[l] = localePath(l, path);
  if (languages[routing.defaultLocale]) languages['x-default'] = languages[routing.defaultLocale]!;
  const site = SITE[locale];
  const title = meta.title ? `${meta.title} · ${site.name}` : `${site.name} · ${site.tagline}`;
  const description = meta.description ?? site.description;
  const image = { url: shareImageFor(locale, path), ...SHARE_IMAGE, alt: title, type: 'image/png' };
  return {
    title: meta.title ?? { absolute: title },
    description,
    alternates: { canonical: localePath(locale, path), languages },
    openGraph: {
      type: path === '/' ? 'website' : 'article',
      url: localePath(locale, path),
      title,
      description,
      siteName: site.name,
      locale: OG_LOCALE[locale],
      alternateLocale: routing.locales.filter((l) => l !== locale).map((l) => OG_LOCALE[l]),
      images: [image],
    },
    twitter: { card: 'summary_large_image', title, description, images: [image.url] },
  };
}
