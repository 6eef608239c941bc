/* 识诈 service worker. scripts/build/service-worker.mjs writes it to out/sw.js after each build, with the
 * build's version, its JavaScript/CSS files and each locale's core pages in place of the line below.
 *
 * - Pages and data: network first, so a new deploy is seen at once when online; the saved copy answers
 *   when the network fails, says 5xx, or has not answered within PAGE_TIMEOUT (a page not saved yet
 *   waits for the network). Every page opened is kept for offline reading, with the time it was saved;
 *   the pages cache keeps the MAX_PAGES most recently saved. A copy that cannot be written (storage
 *   full, a partial response) is simply not kept: the reader still gets the page from the network.
 * - /_next/static/ files have content hashes in their names: cache first, kept across versions while
 *   the current build still uses them.
 * - After the first visit the reader's language's lessons, rules, law, checklist, scam check, quiz and its
 *   question bank are fetched once (the page asks with a "precache" message), so they read offline.
 * - A new build has a new VERSION: the new worker takes over at once and drops the old pages' cache,
 *   refilling it with the languages the reader had.
 */
/* global self, caches, URL, Response, Headers, Promise, fetch, setTimeout, clearTimeout */
/* __SW_CONFIG__ */

const PAGES = `shizha-pages-${VERSION}`;
const STATIC = 'shizha-static';
const PAGE_TIMEOUT = 4000;
// About 120 pages of 30 KB: the core pages of both languages with room for the ones opened since.
const MAX_PAGES = 120;
const SAVED_AT = 'X-Shizha-Saved-At';
const noop = () => {};

/**
 * Keeps a copy of a good, complete response under key, stamped with when it was saved, then drops the
 * oldest pages beyond MAX_PAGES (cache keys are in the order they were last written). False when the
 * copy could not be kept; never throws.
 */
async function save(cache, key, response) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  try {
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT, String(Date.now()));
    const body = await response.blob();
    await cache.put(key, new Response(body, { status: 200, statusText: response.statusText, headers }));
    const keys = await cache.keys();
    for (const old of keys.slice(0, Math.max(0, keys.length - MAX_PAGES))) await cache.delete(old);
    return true;
  } catch {
    return false; // storage full or refused: nothing kept, nothing broken
  }
}

const sameOrigin = (url) => url.origin === self.location.origin;
const isStatic = (url) => url.pathname.startsWith('/_next/static/');

/** The locales whose pages a cache holds, read from its keys. */
async function cachedLocales(cacheName) {
  if (!(await caches.has(cacheName))) return [];
  const keys = await (await caches.open(cacheName)).keys();
  return Object.keys(CORE).filter((locale) => keys.some((r) => new URL(r.url).pathname.startsWith(`/${locale}/`)));
}

async function precacheLocale(locale) {
  const pages = CORE[locale];
  if (!pages) return;
  const cache = await caches.open(PAGES);
  // One at a time: a cheap phone on a slow network should not see its other requests starved.
  for (const path of pages) {
    if (await cache.match(path)) continue;
    try {
      const response = await fetch(path, { cache: 'no-cache' });
      // Storage full: the rest waits too.
      if (!(await save(cache, path, response))) return;
    } catch {
      return; // offline: the rest waits for the next visit
    }
  }
}

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const staticCache = await caches.open(STATIC);
      const missing = [];
      for (const url of ASSETS) if (!(await staticCache.match(url))) missing.push(url);
      await staticCache.addAll(missing);
      // Carry the reader's languages over from the previous version.
      const old = (await caches.keys()).filter((k) => k.startsWith('shizha-pages-') && k !== PAGES);
      const locales = new Set((await Promise.all(old.map(cachedLocales))).flat());
      for (const locale of locales) await precacheLocale(locale);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of await caches.keys()) if (key.startsWith('shizha-pages-') && key !== PAGES) await caches.delete(key);
      // Hashed files the current build no longer uses.
      const staticCache = await caches.open(STATIC);
      const current = new Set(ASSETS.map((a) => new URL(a, self.location.origin).href));
      for (const request of await staticCache.keys()) if (!current.has(request.url)) await staticCache.delete(request);
      await self.clients.claim();
    })(),
  );
});

self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'precache' && typeof data.locale === 'string') event.waitUntil(precacheLocale(data.locale));
});

/* ---- Saved sessions (宣讲): one self-contained section ------------------------------------------
 * The 宣讲 page posts { type: 'save', name, title, urls } on a MessageChannel: each URL (same-origin
 * paths: the session's deck and its lessons) is fetched into SAVED, with the JavaScript and CSS each
 * page names, and a record of the session ({ title, url }) under /saved-sessions/{name} for the page's
 * list of saved sessions. SAVED is not versioned: nothing here evicts it, no new version drops it.
 * Offline, networkFirst's saved copy (caches.match, every cache) finds these pages; cacheFirst looks in
 * SAVED too, so a saved deck keeps its scripts after a new build drops them from STATIC. The reply is
 * { ok: true } once every file is kept, { ok: false } if one could not be fetched or stored.
 */
const SAVED = 'shizha-saved';
const SAVED_RECORD = '/saved-sessions/';
const STATIC_REF = /\/_next\/static\/[^"'\s)\\]+/g;

async function saveSession(data) {
  const cache = await caches.open(SAVED);
  const paths = data.urls.map((u) => new URL(u, self.location.origin)).filter(sameOrigin).map((u) => u.pathname);
  const files = new Set();
  for (const path of paths) {
    const response = await fetch(path, { cache: 'no-cache' });
    if (response.status !== 200) throw new Error(`${path}: ${response.status}`);
    const html = await response.clone().text();
    for (const ref of html.match(STATIC_REF) || []) files.add(ref);
    await cache.put(path, response);
  }
  for (const file of files) {
    if (await cache.match(file)) continue;
    const response = await fetch(file);
    if (response.status === 200) await cache.put(file, response);
  }
  const record = { title: String(data.title || data.name), url: paths[0], at: Date.now() };
  await cache.put(SAVED_RECORD + encodeURIComponent(data.name), new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }));
}

self.addEventListener('message', (event) => {
  const data = event.data;
  if (!data || data.type !== 'save' || !Array.isArray(data.urls) || typeof data.name !== 'string') return;
  const port = event.ports && event.ports[0];
  const reply = (ok) => port && port.postMessage({ ok });
  event.waitUntil(saveSession(data).then(() => reply(true), () => reply(false)));
});
/* ---- end of saved sessions ---- */

async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const hit = (await cache.match(request)) || (await (await caches.open(SAVED)).match(request));
  if (hit) return hit;
  const response = await fetch(request);
  if (response.status === 200) await cache.put(request, response.clone()).catch(noop);
  return response;
}

/** The same page with or without index.html and trailing slash, as the static host serves it. */
function pageKey(url) {
  let path = url.pathname.replace(/index\.html$/, '');
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return path;
}

async function networkFirst(event, request, url) {
  const cache = await caches.open(PAGES);
  const key = request.mode === 'navigate' ? pageKey(url) : url.pathname;
  const savedCopy = async () => (await cache.match(key)) || (await caches.match(key));
  let saving = Promise.resolve();
  const network = fetch(request).then((response) => {
    saving = save(cache, key, response.clone());
    return response;
  });
  // The copy is written even when the saved one has already answered.
  event.waitUntil(network.then(() => saving, noop));
  let timer;
  const timeout = new Promise((resolve) => {
    timer = setTimeout(resolve, PAGE_TIMEOUT, null);
  });
  try {
    const first = await Promise.race([network, timeout]);
    if (!first) return (await savedCopy()) || (await network);
    if (first.status >= 500) return (await savedCopy()) || first;
    return first;
  } catch (error) {
    const hit = await savedCopy();
    if (hit) return hit;
    if (request.mode === 'navigate') return offlinePage(url, cache);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

function savedDate(ms, locale) {
  try {
    return new Date(ms).toLocaleString(locale, { dateStyle: 'medium', timeStyle: 'short' });
  } catch {
    return new Date(ms).toISOString().slice(0, 16).replace('T', ' ');
  }
}

/** Said when a page is not in the cache: what is saved, as links, in the page's language. */
async function offlinePage(url, cache) {
  const locale = Object.keys(OFFLINE_TEXT).find((l) => url.pathname.startsWith(`/${l}/`)) || DEFAULT_LOCALE;
  const t = OFFLINE_TEXT[locale];
  const saved = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(`/${locale}/`) || !path.endsWith('/')) continue;
    const copy = await cache.match(request);
    const match = /<title>([^<]*)<\/title>/.exec(await copy.text());
    // "Lesson · 识诈" → "Lesson": every saved page is ours.
    const title = match && match[1].replace(/ · [^·]+$/, '');
    const at = Number(copy.headers.get(SAVED_AT));
    const when = at ? ` <small>${escapeHtml(t.savedAt.replace('{date}', savedDate(at, locale)))}</small>` : '';
    // Titles come from our own pages, already HTML-escaped there.
    if (title) saved.push(`<li><a href="${escapeHtml(path)}">${title}</a>${when}</li>`);
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(t.title)}</title>
<style>body{font:1.125rem/1.75 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{color:#b3261e;line-height:1.35}a{color:#0b57a4;display:inline-block;min-height:44px;padding:.4rem 0}strong{color:#8c1d17}small{color:#555;margin-left:.5rem}</style></head>
<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><ul>${saved.join('')}</ul><p><strong>${escapeHtml(t.emergency)}</strong></p></main></body></html>`;
  return new Response(html, { status: 503, headers: { 'Content-Type': 'text/html; charset=utf-8' } });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOrigin(url)) return;
  if (isStatic(url)) {
    event.respondWith(cacheFirst(request));
    return;
  }
  // Share images and posters are not needed to read offline: leave them to the network.
  if (url.pathname.startsWith('/share/')) return;
  event.respondWith(networkFirst(event, request, url));
});
