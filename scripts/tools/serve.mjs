// Serves out/ the way deploy/nginx.conf does, so `npm start` shows what production serves: index.html for
// directories, 404.html with status 404 for the rest (the 404 page's own addresses included), one redirect
// for a directory without its slash, the same security headers (read from
// deploy/shizha-security-headers.conf) and caching (scripts/lib/site-headers.mjs), the .br/.gz copies the
// build wrote, ETags and 304s. Nothing outside out/ is ever served: paths are checked after every
// symbolic link is resolved.
// Usage: node scripts/tools/serve.mjs [port]   (PORT env also works; default 3000; OUT_DIR: another site)
import { createReadStream, existsSync, realpathSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import path from 'node:path';
import { pipeline } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { createGzip } from 'node:zlib';
import { cacheControl, isNotFoundPage, securityHeaders } from '../lib/site-headers.mjs';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'application/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json; charset=utf-8',
  '.svg': 'image/svg+xml; charset=utf-8',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

// nginx's gzip_types (HTML always) and gzip_min_length.
const COMPRESSIBLE = /^(text\/|application\/(javascript|json|xml|manifest\+json|wasm)|image\/svg)/;
const MIN_LENGTH = 256;

/**
 * The file a path names inside root, or null: decoded once, normalised, then confined by real path, so
 * neither "..", an encoded slash nor a symbolic link leads outside.
 * @param {string} realRoot
 * @param {string} urlPath
 */
function resolve(realRoot, urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  // A directory's address (ending in /) names its index.html; any other, a file (nginx: try_files).
  const file = path.join(realRoot, path.normalize(`/${decoded}`), decoded.endsWith('/') ? 'index.html' : '');
  let real;
  try {
    real = realpathSync(file);
  } catch {
    return null; // missing, or a broken link
  }
  // Inside root only: "out-secret/" starts with "out" too, so the check includes the separator.
  if (!real.startsWith(realRoot + path.sep)) return null;
  return statSync(real).isFile() ? real : null;
}

/**
 * The site server. `open` reads a file (a test may make it fail); `log` hears what went wrong.
 * @param {{ root: string, open?: (file: string) => import('node:stream').Readable, log?: (message: string) => void }} options
 */
export function createSiteServer({ root, open = (file) => createReadStream(file), log = console.error }) {
  const realRoot = realpathSync(root);
  const security = securityHeaders();
  const notFoundPage = path.join(realRoot, '404.html');

  return createServer((req, res) => {
    const fail = (/** @type {unknown} */ error) => {
      log(`serve: ${req.method} ${req.url}: ${error instanceof Error ? error.message : String(error)}`);
      if (!res.headersSent) {
        res.writeHead(500, { ...security, 'Content-Type': 'text/plain; charset=utf-8', 'Cache-Control': 'no-store' });
        res.end('500 Internal Server Error\n');
      } else res.destroy();
    };
    try {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        res.writeHead(405, { ...security, Allow: 'GET, HEAD', 'Content-Type': 'text/plain; charset=utf-8' });
        res.end('405 Method Not Allowed\n');
        return;
      }
      // Slashes collapsed before anything else: "//evil.com/" or "/.//evil.com/" is a path on this site,
      // never an address a redirect could send the reader to.
      const raw = (req.url ?? '/').startsWith('/') ? (req.url ?? '/') : `/${req.url}`;
      const url = new URL(`http://localhost${raw.replace(/^\/+/, '/')}`);
      const pathname = url.pathname.replace(/\/{2,}/g, '/');

      // Directory URLs without the trailing slash get it, once, as a path (nginx: absolute_redirect off).
      if (
        !pathname.endsWith('/') &&
        !isNotFoundPage(pathname) &&
        !resolve(realRoot, pathname) &&
        resolve(realRoot, `${pathname}/`)
      ) {
        res.writeHead(301, { ...security, Location: `${pathname}/${url.search}`, 'Cache-Control': 'no-cache' });
        res.end();
        return;
      }
      const found = isNotFoundPage(pathname) ? null : resolve(realRoot, pathname);
      const file = found ?? notFoundPage;
      const status = found ? 200 : 404;
      const stat = statSync(file);
      const type = TYPES[/** @type {keyof typeof TYPES} */ (path.extname(file))] ?? 'application/octet-stream';
      const etag = `"${Math.floor(stat.mtimeMs / 1000).toString(16)}-${stat.size.toString(16)}"`;
      const compressible = COMPRESSIBLE.test(type);
      const accepts = String(req.headers['accept-encoding'] ?? '');
      const headers = {
        ...security,
        'Content-Type': type,
        'Cache-Control': found ? cacheControl(pathname) : 'no-cache',
        ...(status === 200 ? { ETag: etag, 'Last-Modified': stat.mtime.toUTCString() } : {}),
        ...(compressible ? { Vary: 'Accept-Encoding' } : {}),
      };
      if (status === 200 && req.headers['if-none-match'] === etag) {
        res.writeHead(304, headers);
        res.end();
        return;
      }
      // The build's own compressed copy if there is one (nginx: brotli_static, gzip_static), else gzip
      // made now for text of some size (nginx: gzip on).
      const copy = compressible
        ? [
            ['br', `${file}.br`],
            ['gzip', `${file}.gz`],
          ].find(([encoding, f]) => new RegExp(`\\b${encoding}\\b`).test(accepts) && existsSync(f))
        : undefined;
      const gzipNow = !copy && compressible && stat.size >= MIN_LENGTH && /\bgzip\b/.test(accepts);
      const encoding = copy ? copy[0] : gzipNow ? 'gzip' : undefined;
      if (encoding) Object.assign(headers, { 'Content-Encoding': encoding });
      if (req.method === 'HEAD') {
        res.writeHead(status, headers);
        res.end();
        return;
      }
      const source = open(copy ? copy[1] : file);
      const body = gzipNow ? pipeline(source, createGzip({ level: 6 }), () => {}) : source;
      // Headers go out with the first bytes, so a file that cannot be read is still a clean 500.
      body.once('data', () => {
        if (!res.headersSent) res.writeHead(status, headers);
      });
      body.once('end', () => {
        if (!res.headersSent) res.writeHead(status, headers);
      });
      body.on('error', fail);
      res.on('close', () => body.destroy());
      body.pipe(res);
    } catch (error) {
      fail(error);
    }
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const root = path.resolve(process.env.OUT_DIR ?? 'out');
  const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
  const host = process.env.HOST ?? '127.0.0.1';
  if (!existsSync(path.join(root, 'index.html'))) {
    console.error(`No site in ${root}. Run "npm run build" first.`);
    process.exit(1);
  }
  createSiteServer({ root }).listen(port, host, () => {
    console.log(`识诈 is served at http://localhost:${port}/ (from ${root}), with the headers deploy/nginx.conf sends`);
  });
}
