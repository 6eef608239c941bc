import { existsSync, readFileSync, statSync } from 'node:fs';
import { request as httpsRequest } from 'node:https';
import path from 'node:path';
import { expect, test as base, type APIResponse, type Page } from '@playwright/test';
import { filesUnder } from '../scripts/lib/files.mjs';
import { brotliModule, startNginx } from './nginx-server';

// The production server (e2e/nginx-server.ts) serving this build's out/: the redirect from HTTP, the
// headers, types, caching, redirects and 404 a production reader gets, and pages that still work under the CSP.
const ROOT = path.resolve(import.meta.dirname, '..');
const OUT = path.join(ROOT, 'out');
const PORT = Number(process.env.NGINX_E2E_PORT ?? 4280);
const HTTP_PORT = Number(process.env.NGINX_E2E_HTTP_PORT ?? PORT + 1);
const ORIGIN = `https://127.0.0.1:${PORT}`;

const SECURITY_HEADERS = {
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
  'permissions-policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=()',
  // A day, this host only: what a first deploy can live with (deploy/README.md says how to raise it).
  'strict-transport-security': 'max-age=86400',
};

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
// The certificate is the test's own, trusted by no one else.
test.use({ ignoreHTTPSErrors: true });

let nginx: Awaited<ReturnType<typeof startNginx>> | undefined;

test.beforeAll(async () => {
  nginx = await startNginx(ROOT, OUT, PORT, HTTP_PORT);
});

test.afterAll(async () => {
  await nginx?.stop();
});

function expectSecurityHeaders(response: APIResponse) {
  const headers = response.headers();
  for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
  const csp = headers['content-security-policy'] ?? '';
  for (const directive of ["frame-ancestors 'none'", "object-src 'none'", "script-src-attr 'none'", 'upgrade-insecure-requests'])
    expect(csp).toContain(directive);
  expect(csp.split(/[\s;]+/)).not.toContain("'unsafe-eval'");
  expect(csp, 'no other origin').not.toMatch(/https?:|\*/);
  // The header's own ceiling, for a file without the page's meta: this origin only, no eval, no inline styles.
  expect(directive(csp, 'default-src')).toEqual(["'self'"]);
  expect(directive(csp, 'script-src')).toEqual(["'self'", "'unsafe-inline'", "'wasm-unsafe-eval'"]);
  expect(directive(csp, 'style-src')).toEqual(["'self'"]);
}

/** One directive's sources from a policy, or undefined if it has none. */
function directive(policy: string, name: string): string[] | undefined {
  const found = policy
    .split(';')
    .map((d) => d.trim().split(/\s+/))
    .find(([n]) => n === name);
  return found?.slice(1);
}

/** The policy a page carries in its <meta http-equiv="Content-Security-Policy">. */
function pagePolicy(html: string): string {
  return /<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '';
}

/** A script the home page loads, e.g. /_next/static/chunks/abc.js. */
function aHashedScript(): string {
  const html = readFileSync(path.join(OUT, 'zh-CN/index.html'), 'utf8');
  return /<script[^>]+src="(\/_next\/static\/[^"]+\.js)"/.exec(html)![1]!;
}

function firstFile(dir: string, test: (name: string) => boolean): string | undefined {
  return filesUnder(dir).find((file) => test(path.basename(file)));
}

test('pages: HTML in UTF-8, revalidated every time, with every security header', { tag: '@desktop' }, async ({ request }) => {
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

test('plain HTTP answers only with a redirect to the same address over HTTPS', { tag: '@desktop' }, async ({ request }) => {
  for (const url of ['/', '/zh-CN/cases/fake-police/?from=chat', '/sw.js', '/no-such-page/']) {
    const response = await request.get(`http://127.0.0.1:${HTTP_PORT}${url}`, { maxRedirects: 0 });
    expect(response.status(), url).toBe(301);
    expect(response.headers()['location'], url).toBe(`https://127.0.0.1${url}`);
    expect(response.headers()['strict-transport-security'], 'HSTS over HTTPS only').toBeUndefined();
  }
  // The name comes from server_name, never from the request.
  const forged = await request.get(`http://127.0.0.1:${HTTP_PORT}/zh-CN/`, { maxRedirects: 0, headers: { Host: 'evil.com' } });
  expect(forged.headers()['location']).toBe('https://127.0.0.1/zh-CN/');
});

/** A raw HTTP/1.1 request (a Host header Playwright would not send), certificate unchecked. */
const raw = (path_: string, headers: Record<string, string>, method = 'GET') =>
  new Promise<{ status: number; headers: Record<string, string | string[] | undefined> }>((resolve, reject) => {
    httpsRequest({ host: '127.0.0.1', port: PORT, path: path_, method, headers, rejectUnauthorized: false }, (res) => {
      res.resume();
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers }));
    })
      .on('error', reject)
      .end();
  });

test("nginx's own error answers carry the security headers too", { tag: '@desktop' }, async ({ request }) => {
  const badHost = await raw('/zh-CN/', { Host: 'a b' });
  expect(badHost.status).toBe(400);
  const notAllowed = await request.post(`${ORIGIN}/zh-CN/`);
  expect(notAllowed.status()).toBe(405);
  for (const headers of [badHost.headers, notAllowed.headers()]) {
    for (const [name, value] of Object.entries(SECURITY_HEADERS)) expect(headers[name], name).toBe(value);
    expect(headers['content-security-policy']).toContain("frame-ancestors 'none'");
  }
});

test(
  'every page carries a script policy without unsafe-inline, with a hash for each inline script',
  { tag: '@desktop' },
  async ({ request }) => {
    for (const url of ['/zh-CN/', '/en/search/', '/zh-CN/search/', '/zh-CN/quiz/', '/no-such-page/']) {
      const html = await (await request.get(`${ORIGIN}${url}`)).text();
      const policy = pagePolicy(html);
      // First in <head>: nothing runs before it.
      expect(html.indexOf('http-equiv="Content-Security-Policy"'), url).toBeLessThan(html.indexOf('<script'));
      expect(directive(policy, 'default-src'), url).toEqual(["'self'"]);
      const scripts = directive(policy, 'script-src') ?? [];
      // WebAssembly for search, on the search pages only.
      expect(scripts.slice(0, 2), url).toEqual(
        url.endsWith('/search/') ? ["'self'", "'wasm-unsafe-eval'"] : ["'self'", scripts[1]],
      );
      if (!url.endsWith('/search/')) expect(scripts, url).not.toContain("'wasm-unsafe-eval'");
      expect(directive(policy, 'style-src'), url).toEqual(["'self'"]);
      expect(scripts, url).not.toContain("'unsafe-inline'");
      expect(scripts, url).not.toContain("'unsafe-eval'");
      const inline = html.match(/<script>/g)?.length ?? 0;
      expect(inline, url).toBeGreaterThan(0);
      expect(scripts.filter((s) => s.startsWith("'sha256-")).length, url).toBeGreaterThan(0);
    }
  },
);

test(
  "text is sent as the build's compressed copy (Brotli where nginx has the module), not compressed per request",
  { tag: '@desktop' },
  async ({ request }) => {
    const brotli = Boolean(brotliModule());
    for (const url of ['/zh-CN/', aHashedScript(), '/zh-CN/quiz/bank.json', '/pagefind/pagefind.js']) {
      const file = path.join(OUT, url.endsWith('/') ? `${url}index.html` : url);
      for (const [accept, encoding] of [
        ['gzip', 'gzip'],
        ['gzip, deflate, br', brotli ? 'br' : 'gzip'],
      ] as const) {
        const copy = `${file}.${encoding === 'br' ? 'br' : 'gz'}`;
        expect(existsSync(copy), copy).toBe(true);
        const response = await request.get(`${ORIGIN}${url}`, { headers: { 'Accept-Encoding': accept } });
        expect(response.headers()['content-encoding'], url).toBe(encoding);
        expect(response.headers()['vary'], url).toContain('Accept-Encoding');
        // The file's own copy, byte for byte: its length is known before sending (per-request gzip is chunked).
        expect(Number(response.headers()['content-length']), `${url} ${encoding}`).toBe(statSync(copy).size);
      }
    }
  },
);

test('hashed scripts are cached for a year; the rest is revalidated', { tag: '@desktop' }, async ({ request }) => {
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

test('every kind of file has its content type', { tag: '@desktop' }, async ({ request }) => {
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
  // Share images and icons keep their names across builds: revalidated every time, 304 when unchanged.
  for (const file of [url(share), '/icons/icon-192.png']) {
    const image = await request.get(`${ORIGIN}${file}`);
    expect(image.headers()['cache-control'], file).toBe('no-cache');
    const again = await request.get(`${ORIGIN}${file}`, { headers: { 'If-None-Match': image.headers()['etag']! } });
    expect(again.status(), file).toBe(304);
  }
  const index = await request.get(`${ORIGIN}${url(fragment)}`);
  expect(index.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
});

test('a directory without its slash redirects once, to a path on the same host', { tag: '@desktop' }, async ({ request }) => {
  const response = await request.get(`${ORIGIN}/zh-CN/cases?from=chat`, { maxRedirects: 0 });
  expect(response.status()).toBe(301);
  expect(response.headers()['location']).toBe('/zh-CN/cases/?from=chat');
  expectSecurityHeaders(response);
  const followed = await request.get(`${ORIGIN}/zh-CN/cases`);
  expect(followed.status()).toBe(200);
  expect(followed.url()).toBe(`${ORIGIN}/zh-CN/cases/`);
});

test(
  'an unknown address, or a folder without a page, gets the bilingual 404 page with status 404',
  { tag: '@desktop' },
  async ({ request }) => {
    const folders = [
      '/share/',
      '/icons/',
      '/_next/',
      '/_next/static/chunks/',
      '/pagefind/',
      '/pagefind/fragment/',
      '/zh-CN/quiz/q/',
    ];
    // The 404 page's own addresses (and the copy Next.js exports) are not pages either.
    const notFoundPages = ['/404.html', '/404/', '/_not-found/'];
    for (const url of ['/no-such-page/', '/zh-CN/cases/no-such-case/', '/missing.png', ...folders, ...notFoundPages]) {
      const response = await request.get(`${ORIGIN}${url}`);
      expect(response.status(), url).toBe(404);
      const body = await response.text();
      expect(body).toContain('<title>404 · 找不到这个页面 · Page not found');
      expectSecurityHeaders(response);
    }
  },
);

test('a lesson and the self-test work under the CSP, over HTTP/2', { tag: '@desktop' }, async ({ strictPage: page }) => {
  await page.goto(`${ORIGIN}/zh-CN/cases/fake-police/`);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
  const protocol = await page.evaluate(
    () => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).nextHopProtocol,
  );
  expect(protocol).toBe('h2');
  // The elder-mode switch comes from the inline boot script and React: both allowed.
  await page.locator('[data-elder-toggle]').first().click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');

  await page.goto(`${ORIGIN}/zh-CN/quiz/`);
  await page.getByRole('button', { name: '开始自测' }).click();
  await expect(page.getByText('第 1 / 20 题')).toBeVisible();
});

test('the helper and search work under the CSP', { tag: '@desktop' }, async ({ strictPage: page }) => {
  await page.goto(`${ORIGIN}/zh-CN/check/`);
  await page.getByLabel('收到的短信或聊天内容（可选）').fill('我是公安局的，把钱转到安全账户进行资金核查。');
  await page.getByRole('button', { name: '帮我看看' }).click();
  await expect(page.locator('[data-verdict]')).toHaveAttribute('data-verdict', 'stop');

  // Pagefind compiles WebAssembly ('wasm-unsafe-eval', the search page's policy only) and must not need
  // eval. Arriving from another page by the header's link loads the search page whole, with its policy.
  await page.locator('header nav a[href="/zh-CN/search/"]').filter({ visible: true }).first().click();
  await expect(page).toHaveURL(`${ORIGIN}/zh-CN/search/`);
  await page.getByLabel('搜索关键词').fill('安全账户');
  await page.getByLabel('搜索关键词').press('Enter');
  // Loading the index and its WebAssembly takes a few seconds on a busy machine.
  await expect(page.locator('[data-search-results] a[href="/zh-CN/cases/fake-police/"]')).toBeVisible({ timeout: 20_000 });
});

test(
  "an inline script that is not the page's own is blocked, in the HTML or added later",
  { tag: '@desktop' },
  async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    // As if the page had been altered on its way or by a stored injection: one more inline script.
    await page.route(`${ORIGIN}/zh-CN/cases/fake-police/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace('</body>', '<script>window.__injected = "html"</script></body>');
      await route.fulfill({ response, body });
    });
    await page.goto(`${ORIGIN}/zh-CN/cases/fake-police/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
    await page.evaluate(() => {
      const script = document.createElement('script');
      script.textContent = 'window.__injected = "dom"';
      document.body.append(script);
      const button = document.createElement('button');
      button.setAttribute('onclick', 'window.__injected = "attribute"');
      document.body.append(button);
      button.click();
    });
    expect(await page.evaluate(() => (window as { __injected?: string }).__injected)).toBeUndefined();
    expect(blocked.length).toBeGreaterThanOrEqual(3);
    // The page's own scripts still ran: React took over the elder-mode switch.
    await page.locator('[data-elder-toggle]').first().click();
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  },
);

test(
  "the header's policy holds on its own: a page without the meta, or whose meta allows more",
  { tag: '@desktop' },
  async ({ page }) => {
    const blocked: string[] = [];
    page.on('console', (m) => {
      if (/Content Security Policy/i.test(m.text())) blocked.push(m.text());
    });
    const foreign: string[] = [];
    await page.route('https://cdn.example.org/**', (route) => {
      foreign.push(route.request().url());
      return route.fulfill({ contentType: 'text/javascript', body: 'window.__foreign = true' });
    });
    // As a CDN might serve it: the page's meta gone, a script from elsewhere, eval and a handler added.
    await page.route(`${ORIGIN}/zh-CN/cases/fake-police/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace(/<meta http-equiv="Content-Security-Policy"[^>]*>/, '')
        .replace(
          '</body>',
          '<script src="https://cdn.example.org/x.js"></script><script>try{eval("window.__eval=1")}catch(e){window.__evalRefused=1}</script>' +
            '<img src="/missing.png" onerror="window.__handler=1"></body>',
        );
      await route.fulfill({ response, body });
    });
    await page.goto(`${ORIGIN}/zh-CN/cases/fake-police/`);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
    const seen = await page.evaluate(() => {
      const w = window as unknown as Record<string, unknown>;
      return { foreign: w.__foreign, eval: w.__eval, evalRefused: w.__evalRefused, handler: w.__handler };
    });
    // The header alone: no other origin's script, no eval, no inline handler.
    expect(seen).toEqual({ foreign: undefined, eval: undefined, evalRefused: 1, handler: undefined });
    expect(foreign).toEqual([]);
    expect(blocked.length).toBeGreaterThanOrEqual(2);

    // A page whose meta names another origin still cannot load from it: the header says no.
    await page.unroute(`${ORIGIN}/zh-CN/cases/fake-police/`);
    await page.route(`${ORIGIN}/zh-CN/rules/`, async (route) => {
      const response = await route.fetch();
      const body = (await response.text())
        .replace("script-src 'self'", "script-src 'self' https://cdn.example.org")
        .replace('</body>', '<script src="https://cdn.example.org/x.js"></script></body>');
      await route.fulfill({ response, body });
    });
    await page.goto(`${ORIGIN}/zh-CN/rules/`);
    expect(await page.evaluate(() => (window as unknown as Record<string, unknown>).__foreign)).toBeUndefined();
    expect(foreign).toEqual([]);
  },
);
