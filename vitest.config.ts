import { defineConfig } from 'vitest/config';

export default defineConfig({
  resolve: {
    alias: {
      '@': import.meta.dirname,
      // The loaders are server-only; tests run them in node, as the build does (its empty "react-server" build).
      'server-only': `${import.meta.dirname}/node_modules/server-only/empty.js`,
    },
  },
  test: { include: ['tests/**/*.test.ts'], environment: 'node' },
});
