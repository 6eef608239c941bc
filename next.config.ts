import createMDX from '@next/mdx';
import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const nextConfig: NextConfig = {
  output: 'export',
  trailingSlash: true,
  images: { unoptimized: true },
  pageExtensions: ['ts', 'tsx', 'mdx'],
  poweredByHeader: false,
  // `npm test` type-checks first (`npm run check`: tsc over the same tsconfig, after `next typegen` has
  // written the route types) and then builds with TYPES_CHECKED=1: the build's own pass would repeat it.
  // A plain `npm run build` still type-checks.
  typescript: { ignoreBuildErrors: process.env.TYPES_CHECKED === '1' },
};

// Plugins are named as strings: Turbopack passes loader options across a process boundary. The page
// uses only the body: remark-frontmatter keeps the YAML block out of it (lib/content reads the YAML).
const withMDX = createMDX({
  options: {
    remarkPlugins: ['remark-gfm', 'remark-frontmatter'],
  },
});

// Writes messages/zh-CN.d.json.ts on every build: the messages typed as literals, so next-intl checks each
// t() call's arguments and fill() each client template's placeholders (lib/quiz/fill.ts). Not on
// `next typegen` (npm run check): that runs beside the unit tests, and tests/messages.test.ts checks the
// committed file is current.
const typegen = process.argv.includes('typegen');
const withNextIntl = createNextIntlPlugin({
  requestConfig: './i18n/request.ts',
  experimental: typegen ? {} : { createMessagesDeclaration: './messages/zh-CN.json' },
});

export default withNextIntl(withMDX(nextConfig));
