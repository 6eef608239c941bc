import type { Metadata } from 'next';
import { routing } from '@/i18n/routing';
import { pageMetadata } from '@/lib/metadata';
import { SITE_URL } from '@/lib/routes';

const target = `/${routing.defaultLocale}/`;

// The bare address is what people often paste into a chat: its card is the home page's.
export const metadata: Metadata = { metadataBase: SITE_URL, ...pageMetadata(routing.defaultLocale, '/', {}) };

// A static export has no server to redirect `/`: a meta refresh works with JavaScript off,
// and the link covers browsers that ignore it.
export default function RootRedirect() {
  return (
    <html lang="zh-CN">
      <head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
      </head>
      <body>
        {/* Classes, not a style attribute: the site's style policy allows no inline styles. */}
        <p className="p-8 font-sans text-xl">
          <a href={target}>识诈 · 进入首页</a> ·{' '}
          <a href="/en/" lang="en">
            English
          </a>
        </p>
      </body>
    </html>
  );
}
