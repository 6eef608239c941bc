import type { MetadataRoute } from 'next';
import { routing } from '@/i18n/routing';
import { SITE_URL } from '@/lib/metadata';
import { sitePaths } from '@/lib/site-paths';
import { absoluteUrl } from '@/lib/locale-url';

export const dynamic = 'force-static';

/** Every page in every locale, each with its other-language alternates. */
export default function sitemap(): MetadataRoute.Sitemap {
  return routing.locales.flatMap((locale) =>
    sitePaths(locale).map((path) => ({
      url: absoluteUrl(locale, path, SITE_URL),
      alternates: {
        languages: Object.fromEntries(
          routing.locales.filter((l) => sitePaths(l).includes(path)).map((l) => [l, absoluteUrl(l, path, SITE_URL)]),
        ),
      },
    })),
  );
}
