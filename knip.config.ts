import type { KnipConfig } from 'knip';

// The dependency lint in `npm run lint`: every package the code imports is declared in package.json,
// and every declared package is used. Unused files and exports are not checked here (content MDX and
// the service worker are loaded by path, not imported).
const config: KnipConfig = {
  entry: [
    // Every script is run on its own (package.json, the post-build pipeline, by hand).
    'scripts/**/*.{mjs,tsx}',
    'e2e/old-engine/*.mjs',
    'knip.config.ts',
  ],
  project: ['**/*.{ts,tsx,mjs,js,css}'],
  // A separate bare Next app, built by `npm run floor` with this project's packages.
  ignore: ['bench/floor/**'],
  ignoreDependencies: [
    // Font files read from node_modules by lib/share-fonts.ts for the share images.
    '@fontsource/noto-sans-sc',
  ],
  // CSS imports (app/globals.css: @import 'tailwindcss') count as imports.
  compilers: {
    css: (text: string) => [...text.matchAll(/(?<=@)import[^;]+/g)].join('\n'),
  },
  include: ['dependencies', 'unlisted', 'unresolved', 'binaries'],
};

export default config;
