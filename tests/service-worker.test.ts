import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import zh from '@/messages/zh-CN.json';

// sw/sw.js run as a browser runs it, against a fake Cache Storage that behaves as the spec says (a write
// replaces the key and moves it last in keys(); a 206 or a full disk makes put() reject) and a fake network.
const ORIGIN = 'https://shizha.test';
const MAX_PAGES = 3;
const TIMEOUT = 40;

type Handler = (event: unknown) => void;

/** A response as the network gives it to a worker: same-origin ("basic"), clones included. */
function networkResponse(
  body: string,
  status = 200,
  type = 'text/html',
  extra: Partial<Pick<Response, 'redirected' | 'url'>> = {},
) {
  const response = new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': type } });
  return asNetwork(response, extra);
}
function asNetwork(response: Response, extra: Partial<Pick<Response, 'redirected' | 'url'>> = {}): Response {
  const clone = response.clone.bind(response);
  Object.defineProperty(response, 'type', { value: 'basic' });
  for (const [key, value] of Object.entries(extra)) Object.defineProperty(response, key, { value });
  Object.defineProperty(response, 'clone', { value: () => asNetwork(clone(), extra) });
  return response;
}

const storage = { full: false };

class FakeCache {
  entries = new Map<string, Response>();
  private key = (k: string | { url: string }) => new URL(typeof k === 'string' ? k : k.url, ORIGIN).href;
  async put(k: string | { url: string }, response: Response) {
    if (storage.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
    if (response.status === 206) throw new TypeError('Partial response (status code 206) is unsupported');
    const body = await response.blob();
    this.entries.delete(this.key(k));
    this.entries.set(this.key(k), new Response(body, { status: response.status, headers: response.headers }));
  }
  async match(k: string | { url: string }) {
    return this.entries.get(this.key(k))?.clone();
  }
  async keys() {
    return [...this.entries.keys()].map((url) => ({ url }));
  }
  async delete(k: string | { url: string }) {
    return this.entries.delete(this.key(k));
  }
  paths() {
    return [...this.entries.keys()].map((url) => new URL(url).pathname);
  }
}

/** Cache Storage: named caches, each created when first opened. */
let store: Map<string, FakeCache>;
const cache = (name: string) => {
  if (!store.has(name)) store.set(name, new FakeCache());
  return store.get(name)!;
};
let network: (url: string) => Promise<Response>;
let fetched: string[];
let handlers: Record<string, Handler>;
const pages = () => cache('shizha-pages-test');

interface Config {
  core?: Record<string, string[]>;
  assets?: string[];
  max?: { pages?: number; search?: number; static?: number };
}

function loadWorker({ core = { 'zh-CN': [], en: [] }, assets = [], max = {} }: Config = {}) {
  const config = [
    `const VERSION = 'test';`,
    `const DEFAULT_LOCALE = 'zh-CN';`,
    `const ASSETS = ${JSON.stringify(assets)};`,
    `const CORE = ${JSON.stringify(core)};`,
    `const OFFLINE_TEXT = ${JSON.stringify({
      'zh-CN': { ...zh.offline, emergency: zh.footer.emergency },
      en: { ...en.offline, emergency: en.footer.emergency },
    })};`,
  ].join('\n');
  const source = readFileSync('sw/sw.js', 'utf8')
    .replace('/* __SW_CONFIG__ */', config)
    .replace(/const PAGE_TIMEOUT = \d+;/, `const PAGE_TIMEOUT = ${TIMEOUT};`)
    .replace(/const MAX_PAGES = \d+;/, `const MAX_PAGES = ${max.pages ?? MAX_PAGES};`)
    .replace(/const MAX_SEARCH = \d+;/, `const MAX_SEARCH = ${max.search ?? 3};`)
    .replace(/const MAX_STATIC = \d+;/, `const MAX_STATIC = ${max.static ?? 2};`);
  expect(source).toContain(`const MAX_PAGES = ${max.pages ?? MAX_PAGES};`);
  handlers = {};
  const caches = {
    open: async (name: string) => cache(name),
    has: async (name: string) => store.has(name),
    keys: async () => [...store.keys()],
    delete: async (name: string) => store.delete(name),
    match: async (k: string) => {
      for (const c of store.values()) {
        const hit = await c.match(k);
        if (hit) return hit;
      }
      return undefined;
    },
  };
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, handler: Handler) => (handlers[type] = handler),
    skipWaiting: async () => {},
    clients: { claim: async () => {} },
  };
  const fetchStub = (request: string | { url: string }) => {
    const url = new URL(typeof request === 'string' ? request : request.url, ORIGIN).href;
    fetched.push(url);
    return network(url);
  };
  new Function('self', 'caches', 'fetch', source)(self, caches, fetchStub);
}

/** Sends the worker an event with waitUntil; resolves when the work it was given is done. */
async function lifecycle(type: string, data?: unknown) {
  const later: Promise<unknown>[] = [];
  handlers[type]!({ data, waitUntil: (p: Promise<unknown>) => later.push(p) });
  await Promise.all(later);
}

/** A request that is not a page visit (a script, the search index), as the worker answers it. */
async function request(path: string) {
  let answer: Promise<Response> | undefined;
  const later: Promise<unknown>[] = [];
  handlers.fetch!({
    request: { url: `${ORIGIN}${path}`, method: 'GET', mode: 'cors' },
    respondWith: (p: Promise<Response>) => (answer = p),
    waitUntil: (p: Promise<unknown>) => later.push(p),
  });
  const response = await answer!;
  await Promise.all(later);
  return response;
}

/** A page visit: what the worker answers, and a promise for the work it carries on with afterwards. */
function visit(path: string) {
  let answer: Promise<Response> | undefined;
  const later: Promise<unknown>[] = [];
  handlers.fetch!({
    request: { url: `${ORIGIN}${path}`, method: 'GET', mode: 'navigate' },
    respondWith: (p: Promise<Response>) => (answer = p),
    waitUntil: (p: Promise<unknown>) => later.push(p),
  });
  // The worker is told to wait once it has opened its cache, as it may: wait for the answer first.
  return { answer: answer!, done: async () => Promise.all([await answer, ...later]) };
}

async function savedBody(path: string) {
  return (await pages().match(path))?.text();
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  store = new Map();
  storage.full = false;
  fetched = [];
  network = async (url) => networkResponse(`fresh ${new URL(url).pathname}`);
  loadWorker();
});

describe('service worker, pages', () => {
  it('answers with the network when the copy cannot be written (storage full)', async () => {
    storage.full = true;
    const { answer, done } = visit('/zh-CN/rules/');
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('fresh /zh-CN/rules/');
    await done();
    expect(pages().entries.size).toBe(0);
  });

  it('answers with the network for a partial (206) response, and keeps no copy of it', async () => {
    network = async () => networkResponse('part', 206);
    const { answer, done } = visit('/zh-CN/law/');
    expect((await answer).status).toBe(206);
    await done();
    expect(pages().entries.size).toBe(0);
  });

  it('answers with the saved copy when the network is slower than the timeout, then saves the fresh page', async () => {
    await visit('/zh-CN/checklist/').done();
    network = async (url) => {
      await delay(TIMEOUT * 25);
      return networkResponse(`late ${new URL(url).pathname}`);
    };
    const started = Date.now();
    const { answer, done } = visit('/zh-CN/checklist/');
    expect(await (await answer).text()).toBe('fresh /zh-CN/checklist/');
    // The saved copy came before the network answered (even on a busy machine).
    expect(Date.now() - started).toBeLessThan(TIMEOUT * 25);
    await done();
    expect(await savedBody('/zh-CN/checklist/')).toBe('late /zh-CN/checklist/');
  });

  it('waits for a slow network when there is no saved copy', async () => {
    network = async () => {
      await delay(TIMEOUT * 3);
      return networkResponse('slow but here');
    };
    expect(await (await visit('/zh-CN/help/').answer).text()).toBe('slow but here');
  });

  it('answers a 5xx with the saved copy, and passes it on when there is none', async () => {
    await visit('/zh-CN/quiz/').done();
    network = async () => networkResponse('Bad gateway', 502);
    const saved = await visit('/zh-CN/quiz/').answer;
    expect(saved.status).toBe(200);
    expect(await saved.text()).toBe('fresh /zh-CN/quiz/');
    expect(await savedBody('/zh-CN/quiz/'), 'the error page is not saved').toBe('fresh /zh-CN/quiz/');
    const unsaved = await visit('/zh-CN/cases/').answer;
    expect(unsaved.status).toBe(502);
  });

  it('keeps the most recently saved pages only, oldest out first', async () => {
    for (const path of ['/zh-CN/a/', '/zh-CN/b/', '/zh-CN/c/', '/zh-CN/a/', '/zh-CN/d/']) await visit(path).done();
    const kept = pages().paths();
    expect(kept).toEqual(['/zh-CN/c/', '/zh-CN/a/', '/zh-CN/d/']);
  });

  it('offline, lists the saved pages with when each was saved', async () => {
    network = async () => networkResponse('<title>冒充公检法类诈骗 · 识诈</title>');
    await visit('/zh-CN/cases/fake-police/').done();
    network = () => Promise.reject(new TypeError('Failed to fetch'));
    const response = await visit('/zh-CN/cases/fake-loan/').answer;
    expect(response.status).toBe(503);
    const html = await response.text();
    expect(html).toContain('<a href="/zh-CN/cases/fake-police/">冒充公检法类诈骗</a>');
    const year = String(new Date().getFullYear());
    expect(html).toMatch(new RegExp(`<small>保存于 [^<]*${year}[^<]*</small>`));
  });
});

describe('service worker, what it keeps apart', () => {
  const core = { 'zh-CN': ['/zh-CN/cases/a/', '/zh-CN/cases/b/', '/zh-CN/quiz/bank.json'], en: ['/en/cases/a/', '/en/cases/b/'] };

  it("keeps both languages' core pages whatever is searched or opened after them; search has its own capped cache", async () => {
    loadWorker({ core });
    await lifecycle('message', { type: 'precache', locale: 'zh-CN' });
    await lifecycle('message', { type: 'precache', locale: 'en' });
    // Many searches (index and result fragments) and many other pages opened since.
    for (let i = 0; i < 20; i += 1) {
      expect((await request(`/pagefind/fragment/zh_${i}.pf_fragment`)).status).toBe(200);
      await visit(`/zh-CN/quiz/q/item-${i}/`).done();
    }
    network = () => Promise.reject(new TypeError('Failed to fetch'));
    for (const path of [...core['zh-CN'], ...core.en]) {
      const response = path.endsWith('/') ? await visit(path).answer : await request(path);
      expect(await response.text(), path).toBe(`fresh ${path}`);
    }
    expect(cache('shizha-search-test').paths()).toEqual([17, 18, 19].map((i) => `/pagefind/fragment/zh_${i}.pf_fragment`));
    expect(pages().paths()).toHaveLength(MAX_PAGES);
    // The last search still answers offline.
    expect(await (await request('/pagefind/fragment/zh_19.pf_fragment')).text()).toBe(
      'fresh /pagefind/fragment/zh_19.pf_fragment',
    );
  });

  it('refreshes a core page when it is opened, in its own cache', async () => {
    loadWorker({ core });
    await visit('/zh-CN/cases/a/').done();
    expect(cache('shizha-core-test').paths()).toEqual(['/zh-CN/cases/a/']);
    expect(pages().paths()).toEqual([]);
  });

  it.each(['__proto__', 'constructor', 'toString', 'fr'])(
    'ignores a precache message for "%s", which is not a locale',
    async (locale) => {
      loadWorker({ core });
      await expect(lifecycle('message', { type: 'precache', locale })).resolves.toBeUndefined();
      expect(fetched).toEqual([]);
    },
  );

  it('on a new version, deletes its own older caches and nothing else (a cache the reader saved stays)', async () => {
    for (const name of [
      'shizha-pages-old',
      'shizha-core-old',
      'shizha-search-old',
      'shizha-saved',
      'another-app',
      'shizha-static',
    ])
      await cache(name).put('/zh-CN/x/', networkResponse('x'));
    loadWorker({ core });
    await lifecycle('install');
    await lifecycle('activate');
    expect([...store.keys()].sort()).toEqual(['another-app', 'shizha-core-test', 'shizha-saved', 'shizha-static']);
    // The languages the reader had are refilled from the network.
    expect(cache('shizha-core-test').paths()).toEqual(core['zh-CN']);
  });

  it('gives the offline page a policy of its own: no script can run in it', async () => {
    network = () => Promise.reject(new TypeError('Failed to fetch'));
    const response = await visit('/zh-CN/cases/unknown/').answer;
    expect(response.status).toBe(503);
    const policy = response.headers.get('Content-Security-Policy') ?? '';
    expect(policy).toContain("default-src 'none'");
    expect(policy).not.toMatch(/script-src/);
    // Its own style still applies: allowed by its hash.
    const style = /<style>([^<]*)<\/style>/.exec(await response.text())![1]!;
    expect(policy).toContain(`style-src 'sha256-${createHash('sha256').update(style).digest('base64')}'`);
  });
});

describe('service worker, hashed static files', () => {
  const chunk = '/_next/static/chunks/abc123.js';

  it('keeps a script only when it is one: never a page a host answers for a missing file', async () => {
    loadWorker();
    network = async () => networkResponse('<!doctype html><title>home</title>', 200, 'text/html; charset=utf-8');
    expect(await (await request(chunk)).text()).toContain('<title>home');
    expect(cache('shizha-static').paths()).toEqual([]);
    network = async () => networkResponse('missing', 404, 'text/javascript');
    await request(chunk);
    network = async () => networkResponse('x()', 200, 'text/javascript', { redirected: true, url: `${ORIGIN}/elsewhere.js` });
    await request(chunk);
    network = async () => networkResponse('x()', 200, 'text/javascript', { url: 'https://cdn.example.org/abc123.js' });
    await request(chunk);
    expect(cache('shizha-static').paths()).toEqual([]);
    // The real file is kept, and answers from then on.
    network = async () => networkResponse('real()', 200, 'application/javascript; charset=utf-8');
    await request(chunk);
    network = () => Promise.reject(new TypeError('Failed to fetch'));
    expect(await (await request(chunk)).text()).toBe('real()');
  });

  it('does not install a version whose own scripts come back as something else', async () => {
    loadWorker({ assets: ['/_next/static/chunks/own.js'] });
    network = async () => networkResponse('<!doctype html>', 200, 'text/html');
    await expect(lifecycle('install')).rejects.toThrow(/not what it claims/);
    expect(cache('shizha-static').paths()).toEqual([]);
  });

  it("keeps one copy per file whatever query is added, and at most MAX_STATIC besides the build's own", async () => {
    loadWorker({ assets: ['/_next/static/chunks/own.js'] });
    network = async (url) => networkResponse(`/* ${new URL(url).pathname} */`, 200, 'text/javascript');
    await lifecycle('install');
    for (const query of ['', '?x', '?x=1', '?v=2']) await request(`${chunk}${query}`);
    expect(fetched.filter((u) => u.includes('abc123'))).toEqual([`${ORIGIN}${chunk}`]);
    for (const name of ['b', 'c', 'd']) await request(`/_next/static/chunks/${name}.js`);
    expect(cache('shizha-static').paths()).toEqual([
      '/_next/static/chunks/own.js',
      '/_next/static/chunks/c.js',
      '/_next/static/chunks/d.js',
    ]);
  });
});
