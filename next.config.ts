import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
};

// Plugins are named as strings: Turbopack passes loader options across a process boundary.
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', 'remark-frontmatter', 'remark-mdx-frontmatter'],
  },
});

// Writes messages/zh-CN.d.json.ts on every build: the messages typed as literals, so next-intl checks each
// t() call's arguments and fill() each client template's placeholders (lib/quiz/fill.ts).
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: { createMessagesDeclaration: './messages/zh-CN.json' },
});

export default withNextIntl(withMDX(nextConfig));
