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
function networkResponse(body: string, status = 200): Response {
  const response = new Response(status === 204 ? null : body, { status, headers: { 'Content-Type': 'text/html' } });
  const clone = response.clone.bind(response);
  Object.defineProperty(response, 'type', { value: 'basic' });
  Object.defineProperty(response, 'clone', { value: () => networkResponseFrom(clone()) });
  return response;
}
const networkResponseFrom = (r: Response) => {
  Object.defineProperty(r, 'type', { value: 'basic' });
  return r;
};

class FakeCache {
  entries = new Map<string, Response>();
  full = false;
  private key = (k: string | { url: string }) => new URL(typeof k === 'string' ? k : k.url, ORIGIN).href;
  async put(k: string | { url: string }, response: Response) {
    if (this.full) throw new DOMException('Quota exceeded', 'QuotaExceededError');
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
}

let pages: FakeCache;
let network: (url: string) => Promise<Response>;
let handlers: Record<string, Handler>;

function loadWorker() {
  const config = [
    `const VERSION = 'test';`,
    `const DEFAULT_LOCALE = 'zh-CN';`,
    `const ASSETS = [];`,
    `const CORE = { 'zh-CN': [], en: [] };`,
    `const OFFLINE_TEXT = ${JSON.stringify({
      'zh-CN': { ...zh.offline, emergency: zh.footer.emergency },
      en: { ...en.offline, emergency: en.footer.emergency },
    })};`,
  ].join('\n');
  const source = readFileSync('sw/sw.js', 'utf8')
    .replace('/* __SW_CONFIG__ */', config)
    .replace(/const PAGE_TIMEOUT = \d+;/, `const PAGE_TIMEOUT = ${TIMEOUT};`)
    .replace(/const MAX_PAGES = \d+;/, `const MAX_PAGES = ${MAX_PAGES};`);
  expect(source).toContain(`const MAX_PAGES = ${MAX_PAGES};`);
  handlers = {};
  pages = new FakeCache();
  const caches = {
    open: async () => pages,
    has: async () => true,
    keys: async () => ['shizha-pages-test'],
    match: async (k: string) => pages.match(k),
  };
  const self = {
    location: new URL(ORIGIN),
    addEventListener: (type: string, handler: Handler) => (handlers[type] = handler),
  };
  new Function('self', 'caches', 'fetch', source)(self, caches, (request: { url: string }) => network(request.url));
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
  return (await pages.match(path))?.text();
}

const delay = (ms: number) => new Promise((r) => setTimeout(r, ms));

beforeEach(() => {
  network = async (url) => networkResponse(`fresh ${new URL(url).pathname}`);
  loadWorker();
});

describe('service worker, pages', () => {
  it('answers with the network when the copy cannot be written (storage full)', async () => {
    pages.full = true;
    const { answer, done } = visit('/zh-CN/rules/');
    const response = await answer;
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('fresh /zh-CN/rules/');
    await done();
    expect(pages.entries.size).toBe(0);
  });

  it('answers with the network for a partial (206) response, and keeps no copy of it', async () => {
    network = async () => networkResponse('part', 206);
    const { answer, done } = visit('/zh-CN/law/');
    expect((await answer).status).toBe(206);
    await done();
    expect(pages.entries.size).toBe(0);
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
    const kept = (await pages.keys()).map((k) => new URL(k.url).pathname);
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
