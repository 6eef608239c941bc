import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test as base, type APIResponse, type Page } from '@playwright/test';
import { stop, waitUntilUp } from './server';

// deploy/nginx.conf under a real nginx (Debian's package), serving this build's out/: the headers,
// types, caching, redirects and 404 a production reader gets, and pages that still work under the CSP.
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'out');
const PORT = Number(process.env.NGINX_E2E_PORT ?? 4280);
const ORIGIN = `http://127.0.0.1:${PORT}`;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
};

let nginx: ChildProcess | undefined;
let dir = '';

/** Page visits through nginx: every request stays on the nginx origin, and nothing breaks the CSP. */
const test = base.extend<{ strictPage: Page }>({
  strictPage: async ({ page }, provide) => {
    const offOrigin: string[] = [];
    const problems: string[] = [];
    page.on('request', (r) => {
      const url = r.url();
      if (!url.startsWith('data:') && !url.startsWith('blob:') && new URL(url).origin !== ORIGIN) offOrigin.push(url);
    });
    page.on('console', (m) => {
      if (m.type() === 'error' || /Content Security Policy|Permissions-Policy/i.test(m.text())) problems.push(m.text());
    });
    page.on('pageerror', (e) => problems.push(e.message));
    await provide(page);
    expect(offOrigin, 'requests to other origins').toEqual([]);
    expect(problems, 'console errors or policy violations').toEqual([]);
    expect(await page.context().cookies(), 'cookies').toEqual([]);
  },
});

// One server, checked once: playwright.config.ts runs this file on the desktop project only.
test.describe.configure({ mode: 'serial' });

function findNginx(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed: apt-get install -y nginx (npm run test:e2e does it when run as root)');
}

test.beforeAll(async () => {
  if (!existsSync(path.join(OUT, 'index.html'))) throw new Error('no out/: run npm run build first');
  dir = mkdtempSync(path.join(tmpdir(), 'shizha-nginx-'));
  mkdirSync(path.join(dir, 'snippets'));
  copyFileSync(path.join(ROOT, 'deploy/shizha-security-headers.conf'), path.join(dir, 'snippets/shizha-security-headers.conf'));
  const site = readFileSync(path.join(ROOT, 'deploy/nginx.conf'), 'utf8')
    .replace('root /srv/shizha/out;', `root ${OUT};`)
    .replace(/listen 80;/, `listen 127.0.0.1:${PORT};`)
    .replace(/\s*listen \[::\]:80;/, '');
  writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join('\n  ');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\ndaemon off;\nworker_processes 1;\nevents {}\n` +
      `http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  include ${dir}/site.conf;\n}\n`,
  );
  nginx = spawn(findNginx(), ['-p', dir, '-c', path.join(dir, 'nginx.conf')], { stdio: ['ignore', 'ignore', 'pipe'] });
  let stderr = '';
  nginx.stderr?.on('data', (d) => (stderr += d));
  await waitUntilUp(`${ORIGIN}/zh-CN/`, nginx, () => stderr);
});

test.afterAll(async () => {
  await stop(nginx, 'SIGQUIT');
  if (dir) rmSync(dir, { recursive: true, force: true });
});

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
  const csp = headers['content-security-policy'] ?? '';
  expect(csp).toContain("default-src 'self'");
  expect(csp).toContain("frame-ancestors 'none'");
  expect(csp).toContain("object-src 'none'");
  expect(csp.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
  expect(csp, 'no other origin').not.toMatch(/https?:|\*/);
}

/** A script the home page loads, e.g. /_next/static/chunks/abc.js. */
function aHashedScript(): string {
  const html = readFileSync(path.join(OUT, 'zh-CN/index.html'), 'utf8');
  return /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
}

function firstFile(dir: string, test: (name: string) => boolean): string | undefined {
  for (const name of readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, name.name);
    if (name.isDirectory()) {
      const found = firstFile(full, test);
      if (found) return found;
    } else if (test(name.name)) return full;
  }
  return undefined;
}

test('pages: HTML in UTF-8, revalidated every time, with every security header', async ({ request }) => {
  for (const url of ['/zh-CN/', '/en/cases/fake-police/', '/zh-CN/law/articles/38/']) {
    const response = await request.get(`${ORIGIN}${url}`);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
    expect(response.headers()['cache-control']).toBe('no-cache');
    expect(response.headers()['etag']).toBeTruthy();
    expectSecurityHeaders(response);
  }
  const home = await request.get(`${ORIGIN}/zh-CN/`);
  expect(home.headers()['server']).toBe('nginx');
});

test('text is gzip-compressed', async ({ request }) => {
  for (const url of ['/zh-CN/', aHashedScript(), '/zh-CN/quiz/bank.json']) {
    const response = await request.get(`${ORIGIN}${url}`, { headers: { 'Accept-Encoding': 'gzip' } });
    expect(response.headers()['content-encoding'], url).toBe('gzip');
    expect(response.headers()['vary'], url).toContain('Accept-Encoding');
  }
});

test('hashed scripts are cached for a year; the rest is revalidated', async ({ request }) => {
  const script = await request.get(`${ORIGIN}${aHashedScript()}`);
  expect(script.status()).toBe(200);
  expect(script.headers()['content-type']).toMatch(/^(application|text)\/javascript/);
  expect(script.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
  expectSecurityHeaders(script);
  for (const url of ['/sw.js', '/manifest.webmanifest', '/zh-CN/quiz/bank.json', '/pagefind/pagefind-entry.json']) {
    const response = await request.get(`${ORIGIN}${url}`);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['cache-control'], url).toBe('no-cache');
  }
});

test('every kind of file has its content type', async ({ request }) => {
  const share = firstFile(path.join(OUT, 'share'), (n) => n.endsWith('.png'))!;
  const fragment = firstFile(path.join(OUT, 'pagefind/fragment'), () => true)!;
  const meta = firstFile(path.join(OUT, 'pagefind'), (n) => n.endsWith('.pf_meta'))!;
  const wasm = firstFile(path.join(OUT, 'pagefind'), (n) => n.endsWith('.pagefind'))!;
  const url = (file: string) => '/' + path.relative(OUT, file).split(path.sep).join('/');
  const expected: [string, RegExp][] = [
    [url(share), /^image\/png$/],
    ['/icons/icon-192.png', /^image\/png$/],
    ['/favicon.ico', /^image\/(x-icon|vnd\.microsoft\.icon)$/],
    ['/sitemap.xml', /^(text|application)\/xml/],
    ['/robots.txt', /^text\/plain/],
    ['/zh-CN/quiz/bank.json', /^application\/json/],
    ['/manifest.webmanifest', /^application\/manifest\+json/],
    ['/sw.js', /^(application|text)\/javascript/],
    ['/pagefind/pagefind.js', /^(application|text)\/javascript/],
    [url(meta), /^application\/octet-stream$/],
    [url(wasm), /^application\/octet-stream$/],
    [url(fragment), /^application\/octet-stream$/],
  ];
  for (const [path_, type] of expected) {
    const response = await request.get(`${ORIGIN}${path_}`);
    expect(response.status(), path_).toBe(200);
    expect(response.headers()['content-type'], path_).toMatch(type);
    expect(response.headers()['x-content-type-options'], path_).toBe('nosniff');
  }
  const image = await request.get(`${ORIGIN}${url(share)}`);
  expect(image.headers()['cache-control']).toBe('public, max-age=86400');
  const index = await request.get(`${ORIGIN}${url(fragment)}`);
  expect(index.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a directory without its slash redirects once, to a path on the same host', async ({ request }) => {
  const response = await request.get(`${ORIGIN}/zh-CN/cases?from=chat`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/zh-CN/cases/?from=chat');
  expectSecurityHeaders(response);
  const followed = await request.get(`${ORIGIN}/zh-CN/cases`);
  expect(followed.status()).toBe(200);
  expect(followed.url()).toBe(`${ORIGIN}/zh-CN/cases/`);
});

test('an unknown address gets the bilingual 404 page with status 404', async ({ request }) => {
  for (const url of ['/no-such-page/', '/zh-CN/cases/no-such-case/', '/missing.png']) {
    const response = await request.get(`${ORIGIN}${url}`);
    expect(response.status(), url).toBe(404);
    const body = await response.text();
    expect(body).toContain('<title>404 · 找不到这个页面 · Page not found');
    expectSecurityHeaders(response);
  }
});

test('a lesson, the self-test and search work under the CSP', async ({ strictPage: page }) => {
  await page.goto(`${ORIGIN}/zh-CN/cases/fake-police/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
  // The elder-mode switch comes from the inline boot script and React: both allowed.
  await page.locator('[data-elder-toggle]').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');

  await page.goto(`${ORIGIN}/zh-CN/quiz/`);
  await page.getByRole('button', { name: '开始自测' }).click();
  await expect(page.getByText('第 1 / 20 题')).toBeVisible();

  // Pagefind compiles WebAssembly ('wasm-unsafe-eval') and must not need eval.
  await page.goto(`${ORIGIN}/zh-CN/search/?q=安全账户`);
  await expect(page.locator('[data-search-results] a[href="/zh-CN/cases/fake-police/"]')).toBeVisible();
});
