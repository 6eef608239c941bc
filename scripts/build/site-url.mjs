// Checks SITE_URL, the last step of `npm run build` and the first of `npm run release`: canonical links,
// the sitemap, share cards and the QR codes on printed handouts are built from it. A build without it
// warns in one line (the default, http://localhost:3000, is right for local use only); a release
// (--require) refuses to build without a public https address.
const require = process.argv.includes('--require');
const value = process.env.SITE_URL?.trim();

function problem() {
  if (!value) return 'SITE_URL is not set';
  let url;
  try {
    url = new URL(value);
  } catch {
    return `SITE_URL "${value}" is not an address`;
  }
  if (!require) return url.protocol === 'http:' || url.protocol === 'https:' ? null : `SITE_URL "${value}" is not http(s)`;
  if (url.protocol !== 'https:') return `SITE_URL "${value}" is not https`;
  if (/^(localhost|127\.|\[::1\])/.test(url.hostname)) return `SITE_URL "${value}" is a local address`;
  return null;
}

const found = problem();
if (found && require) {
  console.error(`\x1b[31mrelease: ${found}. Build with the public address: SITE_URL=https://example.org npm run release\x1b[0m`);
  process.exit(1);
}
if (found)
  console.warn(
    `\x1b[33m⚠ ${found}: canonical links, the sitemap, share cards and QR codes will point at http://localhost:3000 (set SITE_URL=https://your.site for a public build)\x1b[0m`,
  );
