import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

// What may run in the browser. lib/content/ is the server's: it reads content/ from disk and each of its
// modules imports 'server-only'. The rest of lib/ and all of components/ may end up in a client bundle, so
// they may import the content's types but not its code, nor Node's modules, nor another server-only module.
// A broken import would fail `next build` anyway ('server-only' throws in a client bundle); this names the
// line at lint time. The rule applies to every file there by default (a 'use client' directive is not enough
// to tell: a file without one is client code too once a client component imports it), and the few server
// components that load content or build decks are listed by name, so a new one is a conscious exception.
const SERVER_ONLY_MODULES = [
  'lib/content/**', // the loaders
  'lib/deck/build.ts', // builds decks from lessons' MDX syntax trees (lib/content/mdx.ts)
  'lib/share-fonts.ts', // reads font files with node:fs for the share images (build scripts, tests)
];
const SERVER_COMPONENTS = [
  'components/PrintFooter.tsx',
  'components/deck/DeckView.tsx',
  'components/deck/LessonDeckPage.tsx',
  'components/deck/SessionCard.tsx',
  'components/lesson/LessonPage.tsx',
  'components/walkthrough/WalkthroughLinks.tsx',
];
const BROWSER = 'This module may run in the browser: no Node modules and no server-only code here.';
const clientSafe = {
  files: ['lib/**/*.{ts,tsx}', 'components/**/*.{ts,tsx}'],
  ignores: [...SERVER_ONLY_MODULES, ...SERVER_COMPONENTS],
  rules: {
    '@typescript-eslint/no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['@/lib/content', '@/lib/content/*', '**/lib/content', '**/lib/content/*', '../content', '../content/*'],
            allowTypeImports: true,
            message: 'lib/content is server-only: import its types with `import type`, or pass the data in as props.',
          },
          {
            group: ['@/lib/deck/build', '@/lib/share-fonts', '@/i18n/client-messages'],
            allowTypeImports: true,
            message: 'A server-only module: import its types with `import type`, or pass the data in as props.',
          },
          { group: ['node:*'], message: BROWSER },
        ],
        paths: ['server-only', 'fs', 'path'].map((name) => ({ name, message: BROWSER })),
      },
    ],
  },
};

export default defineConfig([
  ...nextVitals,
  ...nextTs,
  globalIgnores(['**/.next/**', '**/out/**', 'node_modules/**', 'next-env.d.ts', 'test-results/**', 'playwright-report/**']),
  {
    rules: {
      // Static export: there is no image optimizer, and our pages carry no raster images yet.
      '@next/next/no-img-element': 'off',
      // Every link is a plain <a> (i18n/navigation.tsx): each page is a static file, loaded whole.
      '@next/next/no-html-link-for-pages': 'off',
    },
  },
  clientSafe,
]);
