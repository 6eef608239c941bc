// Serves out/ the way a static host does: index.html for directories, 404.html for the rest.
// Usage: node scripts/tools/serve.mjs [port]   (PORT env also works; default 3000)
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer } from 'node:http';
import { createGzip } from 'node:zlib';
import path from 'node:path';

const root = path.resolve(process.env.OUT_DIR ?? 'out');
const port = Number(process.argv[2] ?? process.env.PORT ?? 3000);
const host = process.env.HOST ?? '127.0.0.1';

const TYPES = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.xml': 'application/xml; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.pdf': 'application/pdf',
  '.wasm': 'application/wasm',
};

const COMPRESSIBLE = /^(text\/|application\/(json|xml|manifest\+json|wasm)|image\/svg)/;

if (!existsSync(path.join(root, 'index.html'))) {
  console.error(`No site in ${root}. Run "npm run build" first.`);
  process.exit(1);
}

function resolve(urlPath) {
  let decoded;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  const file = path.normalize(path.join(root, decoded));
  // Inside root only: "out-secret/" starts with "out" too, so the check includes the separator.
  if (file !== root && !file.startsWith(root + path.sep)) return null;
  if (existsSync(file) && statSync(file).isFile()) return file;
  const index = path.join(file, 'index.html');
  if (existsSync(index)) return index;
  return null;
}

const server = createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  // Directory URLs without the trailing slash get it, as static hosts do.
  if (!url.pathname.endsWith('/') && !path.extname(url.pathname) && resolve(`${url.pathname}/`)) {
    res.writeHead(308, { Location: `${url.pathname}/${url.search}` });
    res.end();
    return;
  }
  const file = resolve(url.pathname);
  const status = file ? 200 : 404;
  const body = file ?? path.join(root, '404.html');
  const type = TYPES[path.extname(body)] ?? 'application/octet-stream';
  // As deploy/nginx.conf does: text compressed, hashed assets cached for good, the rest revalidated.
  const gzip = COMPRESSIBLE.test(type) && /\bgzip\b/.test(req.headers['accept-encoding'] ?? '');
  res.writeHead(status, {
    'Content-Type': type,
    'X-Content-Type-Options': 'nosniff',
    'Cache-Control': url.pathname.startsWith('/_next/static/') ? 'public, max-age=31536000, immutable' : 'no-cache',
    Vary: 'Accept-Encoding',
    ...(gzip ? { 'Content-Encoding': 'gzip' } : {}),
  });
  if (req.method === 'HEAD') res.end();
  else if (gzip)
    createReadStream(body)
      .pipe(createGzip({ level: 6 }))
      .pipe(res);
  else createReadStream(body).pipe(res);
});

server.listen(port, host, () => {
  console.log(`识诈 is served at http://localhost:${port}/ (from ${root})`);
});
