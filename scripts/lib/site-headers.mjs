// The headers production sends, for the local server (scripts/tools/serve.mjs) to send the same: the
// security headers are read from deploy/shizha-security-headers.conf itself (one source for nginx and
// for `npm start`), and the caching rules are deploy/nginx.conf's locations, written once more here
// (tests/serve.test.ts checks the two agree).
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const SECURITY_HEADERS_CONF = path.join(ROOT, 'deploy/shizha-security-headers.conf');

/**
 * Each `add_header Name "value" always;` of an nginx snippet, as [name, value], in order.
 * @param {string} conf
 * @returns {[string, string][]}
 */
export function parseAddHeaders(conf) {
  return [...conf.matchAll(/^\s*add_header\s+([A-Za-z-]+)\s+"([^"]*)"\s+always;/gm)].map(([, name, value]) => [name, value]);
}

/**
 * The security headers nginx sends, as a plain-HTTP server may send them: no Strict-Transport-Security
 * (nginx sends it over HTTPS only; a browser ignores it over HTTP) and no upgrade-insecure-requests
 * (it would send every request of http://localhost to an https:// address nothing answers).
 * @param {string} [conf]
 * @returns {Record<string, string>}
 */
export function securityHeaders(conf = readFileSync(SECURITY_HEADERS_CONF, 'utf8')) {
  /** @type {Record<string, string>} */
  const headers = {};
  for (const [name, value] of parseAddHeaders(conf)) {
    if (name === 'Strict-Transport-Security') continue;
    headers[name] =
      name === 'Content-Security-Policy'
        ? value
            .split(';')
            .map((d) => d.trim())
            .filter((d) => d && d !== 'upgrade-insecure-requests')
            .join('; ')
        : value;
  }
  return headers;
}

export const IMMUTABLE = 'public, max-age=31536000, immutable';

/**
 * deploy/nginx.conf's Cache-Control for a path: a year for files named by their content hash (Next.js's
 * /_next/static/, the search index's fragment/ and index/), revalidation for everything else.
 * @param {string} pathname
 */
export function cacheControl(pathname) {
  return /^\/(_next\/static|pagefind\/(fragment|index))\//.test(pathname) ? IMMUTABLE : 'no-cache';
}

/**
 * Paths nginx answers with 404 although a file exists: the 404 page and Next.js's copies of it.
 * @param {string} pathname
 */
export const isNotFoundPage = (pathname) => pathname === '/404.html' || /^\/(404|_not-found)(\/|$)/.test(pathname);
