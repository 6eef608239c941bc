import { fileURLToPath } from 'node:url';

// Tailwind 4 writes CSS for current browsers; package.json "browserslist" goes back to Chromium 78
// (WeChat's Android webviews of about 2020) and Safari 13. After Tailwind:
//  - scripts/build/postcss-old-webviews.mjs unwraps :where() and gives flex gap a margin fallback;
//  - postcss-preset-env, driven by browserslist, compiles what those engines lack into what they have:
//    logical properties (padding-inline… → left/right), :is(), and cascade layers (Chromium before 99
//    ignores a layered stylesheet entirely) into plain rules of equivalent precedence.
// scripts/check/compat.mjs then checks the exported CSS against the same targets with caniuse data.
// Turbopack loads plugins by name or path; a relative path would resolve from its build folder.
const oldWebviews = fileURLToPath(new URL('./scripts/build/postcss-old-webviews.mjs', import.meta.url));

const config = {
  plugins: {
    '@tailwindcss/postcss': {},
    [oldWebviews]: {},
    'postcss-preset-env': {
      features: {
        'logical-properties-and-values': { inlineDirection: 'left-to-right', blockDirection: 'top-to-bottom' },
      },
    },
  },
};

export default config;
