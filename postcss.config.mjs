// Tailwind 4 writes its CSS inside cascade layers (@layer), which Chromium before 99 ignores entirely —
// WeChat's Android webviews of about 2020 (Chromium 78–86) would show the pages unstyled. The cascade-layers
// plugin rewrites the layers into plain rules of equivalent precedence, so every browser gets the styles.
const config = {
  plugins: { '@tailwindcss/postcss': {}, '@csstools/postcss-cascade-layers': {} },
};

export default config;
