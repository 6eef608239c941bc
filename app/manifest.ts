import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import zh from '@/messages/zh-CN.json';

export const dynamic = 'force-static';

/** Makes the site installable ("add to home screen"); the icons are drawn by scripts/build/share-images.tsx. */
export default function manifest(): MetadataRoute.Manifest {
  return {
    id: '/',
    name: `${zh.site.name} · ${zh.site.tagline}`,
    short_name: zh.site.name,
    description: zh.site.description,
    lang: routing.defaultLocale,
    start_url: `/${routing.defaultLocale}/`,
    scope: '/',
    display: 'standalone',
    background_color: '#ffffff',
    theme_color: '#b3261e',
    icons: [
      { src: '/icons/icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
      { src: '/icons/icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      { src: '/icons/maskable-512.png', sizes: '512x512', type: 'image/png', purpose: 'maskable' },
    ],
  };
}
