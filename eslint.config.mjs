import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';
import { defineConfig, globalIgnores } from 'eslint/config';

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
]);
