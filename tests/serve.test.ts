import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { gunzipSync, gzipSync, brotliCompressSync, brotliDecompressSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createSiteServer } from '../scripts/tools/serve.mjs';
import { cacheControl, parseAddHeaders, securityHeaders } from '../scripts/lib/site-headers.mjs';

// scripts/tools/serve.mjs serves out/ and nothing beside it, whatever the path says, with what nginx sends.
let dir = '';
let port = 0;
let server: Server;
const logged: string[] = [];

type Answer = { status: number; body: Buffer; headers: Record<string, string | string[] | undefined> };

/** A request with the path sent exactly as written (fetch would normalise it). */
const get = (rawPath: string, headers: Record<string, string> = {}, method = 'GET') =>
  new Promise<Answer>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: rawPath, headers, method }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (d: Buffer) => chunks.push(d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks), headers: res.headers }));
    })
      .on('error', reject)
      .end();
  });
const text = async (rawPath: string) => {
  const answer = await get(rawPath);
  return { status: answer.status, body: answer.body.toString() };
};

const PAGE = '<!doctype html><title>课程</title>' + '内容'.repeat(400);

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'shizha-serve-'));
  const out = path.join(dir, 'out');
  for (const d of ['zh-CN/cases', '_next/static/chunks', 'pagefind/fragment', '404', '_not-found', 'broken'])
    mkdirSync(path.join(out, d), { recursive: true });
  mkdirSync(path.join(dir, 'out-secret'));
  mkdirSync(path.join(dir, 'elsewhere'));
  writeFileSync(path.join(out, 'index.html'), 'home');
  writeFileSync(path.join(out, '404.html'), 'not found');
  writeFileSync(path.join(out, '404/index.html'), 'not found copy');
  writeFileSync(path.join(out, '_not-found/index.html'), 'not found copy');
  writeFileSync(path.join(out, 'zh-CN/index.html'), 'zh');
  writeFileSync(path.join(out, 'zh-CN/cases/index.html'), PAGE);
  writeFileSync(path.join(out, 'zh-CN/cases/index.html.gz'), gzipSync(PAGE));
  writeFileSync(path.join(out, 'zh-CN/cases/index.html.br'), brotliCompressSync(PAGE));
  writeFileSync(path.join(out, '_next/static/chunks/a1.js'), 'x()'.repeat(200));
  writeFileSync(path.join(out, 'pagefind/fragment/zh_1.pf_fragment'), 'fragment');
  writeFileSync(path.join(out, 'broken/index.html'), 'unreadable');
  writeFileSync(path.join(dir, 'out-secret/key.txt'), 'SECRET');
  writeFileSync(path.join(dir, 'secret.txt'), 'SECRET');
  writeFileSync(path.join(dir, 'elsewhere/index.html'), 'SECRET');
  // Links out of out/: to a file, and to a folder with a page.
  symlinkSync(path.join(dir, 'secret.txt'), path.join(out, 'leak.txt'));
  symlinkSync(path.join(dir, 'elsewhere'), path.join(out, 'linked'));
  server = createSiteServer({
    root: out,
    // A disk that fails while reading one file.
    open: (file) =>
      file.includes(`${path.sep}broken${path.sep}`)
        ? new Readable({
            read() {
              this.destroy(new Error('EIO: i/o error, read'));
            },
          })
        : Readable.from([readFileSync(file)]),
    log: (message) => logged.push(message),
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  port = (server.address() as { port: number }).port;
});

afterAll(async () => {
  await new Promise((resolve) => server?.close(resolve));
  rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs, confinement', () => {
  it('serves the site', async () => {
    expect(await text('/zh-CN/')).toEqual({ status: 200, body: 'zh' });
  });

  it.each([
    '/..%2fout-secret/key.txt',
    '/%2e%2e%2fout-secret%2fkey.txt',
    '/zh-CN/..%2f..%2fout-secret/key.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc/hostname',
    '/%2e%2e/secret.txt',
    // Symbolic links inside out/ that point outside it.
    '/leak.txt',
    '/linked/',
    '/linked/index.html',
  ])('does not serve %s from outside out/', async (rawPath) => {
    expect(await text(rawPath)).toEqual({ status: 404, body: 'not found' });
  });

  it.each(['//zh-CN', '/.//zh-CN', '///zh-CN', '/zh-CN//cases'])(
    'redirects %s to a path on this site, never to another host',
    async (rawPath) => {
      const answer = await get(rawPath);
      expect(answer.status).toBe(301);
      expect(answer.headers.location).toMatch(/^\/[^/]/);
    },
  );

  it('answers a file that cannot be read with 500, and says why', async () => {
    const answer = await text('/broken/');
    expect(answer.status).toBe(500);
    expect(logged.join('\n')).toContain('EIO');
    // And keeps serving.
    expect((await text('/zh-CN/')).status).toBe(200);
  });

  it("answers the 404 page's own addresses with 404", async () => {
    for (const rawPath of ['/404.html', '/404/', '/_not-found/', '/no-such-page/'])
      expect(await text(rawPath), rawPath).toEqual({ status: 404, body: 'not found' });
  });
});

describe('serve.mjs, what nginx sends', () => {
  it("sends deploy/shizha-security-headers.conf's headers on pages, files, redirects, 404s and errors", async () => {
    const conf = readFileSync('deploy/shizha-security-headers.conf', 'utf8');
    const names = parseAddHeaders(conf).map(([name]) => name.toLowerCase());
    expect(names).toEqual(expect.arrayContaining(['content-security-policy', 'x-frame-options', 'referrer-policy']));
    for (const rawPath of ['/zh-CN/', '/_next/static/chunks/a1.js', '/zh-CN/cases', '/missing/', '/broken/']) {
      const { headers } = await get(rawPath);
      for (const [name, value] of Object.entries(securityHeaders(conf)))
        expect(headers[name.toLowerCase()], `${rawPath} ${name}`).toBe(value);
      expect(headers['content-security-policy'], rawPath).toMatch(/^default-src 'self'; script-src 'self'/);
    }
  });

  it('caches hashed files for a year and revalidates the rest, with a 304 when unchanged', async () => {
    expect((await get('/_next/static/chunks/a1.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/pagefind/fragment/zh_1.pf_fragment')).headers['cache-control']).toBe(
      'public, max-age=31536000, immutable',
    );
    const page = await get('/zh-CN/');
    expect(page.headers['cache-control']).toBe('no-cache');
    expect((await get('/zh-CN/', { 'If-None-Match': String(page.headers.etag) })).status).toBe(304);
  });

  it('uses the same caching rules as deploy/nginx.conf', () => {
    const nginx = readFileSync('deploy/nginx.conf', 'utf8');
    const rule = (location: string) => new RegExp(`location ${location} \\{[^}]*Cache-Control "([^"]+)"`).exec(nginx)?.[1];
    expect(rule('/_next/static/')).toBe(cacheControl('/_next/static/chunks/a.js'));
    expect(rule('~ \\^/pagefind/\\(fragment\\|index\\)/')).toBe(cacheControl('/pagefind/index/zh_1.pf_index'));
    expect(rule('/pagefind/')).toBe(cacheControl('/pagefind/pagefind-entry.json'));
    expect(rule('/')).toBe(cacheControl('/zh-CN/quiz/bank.json'));
  });

  it("sends the build's Brotli or gzip copy as it is, as the browser accepts", async () => {
    const br = await get('/zh-CN/cases/', { 'Accept-Encoding': 'gzip, deflate, br' });
    expect(br.headers['content-encoding']).toBe('br');
    expect(brotliDecompressSync(br.body).toString()).toBe(PAGE);
    const gz = await get('/zh-CN/cases/', { 'Accept-Encoding': 'gzip' });
    expect(gz.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(gz.body).toString()).toBe(PAGE);
    expect(gz.headers.vary).toBe('Accept-Encoding');
    const plain = await get('/zh-CN/cases/');
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.toString()).toBe(PAGE);
  });
});
