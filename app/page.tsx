import { routing } from '@/i18n/routing';

const target = `/${routing.defaultLocale}/`;

// A static export has no server to redirect `/`: a meta refresh works with JavaScript off,
// and the link covers browsers that ignore it.
export default function RootRedirect() {
  return (
    <html lang="zh-CN">
      <head>
        <meta httpEquiv="refresh" content={`0; url=${target}`} />
        <link rel="canonical" href={target} />
        <title>识诈</title>
      </head>
      <body>
        <p style={{ fontSize: '1.25rem', padding: '2rem', fontFamily: 'sans-serif' }}>
          <a href={target}>识诈 · 进入首页</a> ·{' '}
          <a href="/en/" lang="en">
            English
          </a>
        </p>
      </body>
    </html>
  );
}
