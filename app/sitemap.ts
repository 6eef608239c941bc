import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { pagesOf } from '@/lib/content';
import { absoluteUrl, SITE_URL } from '@/lib/routes';

export const dynamic = 'force-static';

/** Every page in every locale, each with its other-language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return routing.locales.flatMap((locale) =>
    pagesOf(locale).map((path) => ({
      url: absoluteUrl(locale, path, SITE_URL),
      alternates: {
        languages: Object.fromEntries(
          routing.locales.filter((l) => pagesOf(l).includes(path)).map((l) => [l, absoluteUrl(l, path, SITE_URL)]),
        ),
      },
    })),
  );
}
