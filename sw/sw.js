/* 识诈 service worker. scripts/service-worker.mjs writes it to out/sw.js after each build, with the
 * build's version, its JavaScript/CSS files and each locale's core pages in place of the line below.
 *
 * - Pages and data: network first, so a new deploy is seen at once when online; the copy in the cache is
 *   used only when the network fails. Every page opened is kept for offline reading.
 * - /_next/static/ files have content hashes in their names: cache first, kept across versions while
 *   the current build still uses them.
 * - After the first visit the reader's language's lessons, rules, law, checklist, helper, quiz and its
 *   question bank are fetched once (the page asks with a "precache" message), so they read offline.
 * - A new build has a new VERSION: the new worker takes over at once and drops the old pages' cache,
 *   refilling it with the languages the reader had.
 */
/* global self, caches, URL, Response, Promise, fetch */
/* __SW_CONFIG__ */

const PAGES = `shizha-pages-${VERSION}`;
const STATIC = 'shizha-static';

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
      if (response.ok) await cache.put(path, response);
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

async function cacheFirst(request) {
  const cache = await caches.open(STATIC);
  const hit = await cache.match(request);
  if (hit) return hit;
  const response = await fetch(request);
  if (response.ok) await cache.put(request, response.clone());
  return response;
}

/** The same page with or without index.html and trailing slash, as the static host serves it. */
function pageKey(url) {
  let path = url.pathname.replace(/index\.html$/, '');
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return path;
}

async function networkFirst(request, url) {
  const cache = await caches.open(PAGES);
  const key = request.mode === 'navigate' ? pageKey(url) : url.pathname;
  try {
    const response = await fetch(request);
    if (response.ok && response.type === 'basic' && !response.redirected) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const hit = (await cache.match(key)) || (await caches.match(key));
    if (hit) return hit;
    if (request.mode === 'navigate') return offlinePage(url, cache);
    throw error;
  }
}

const escapeHtml = (s) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Said when a page is not in the cache: what is saved, as links, in the page's language. */
async function offlinePage(url, cache) {
  const locale = Object.keys(OFFLINE_TEXT).find((l) => url.pathname.startsWith(`/${l}/`)) || DEFAULT_LOCALE;
  const t = OFFLINE_TEXT[locale];
  const saved = [];
  for (const request of await cache.keys()) {
    const path = new URL(request.url).pathname;
    if (!path.startsWith(`/${locale}/`) || !path.endsWith('/')) continue;
    const page = await (await cache.match(request)).text();
    const match = /<title>([^<]*)<\/title>/.exec(page);
    // "Lesson · 识诈" → "Lesson": every saved page is ours.
    const title = match && match[1].replace(/ · [^·]+$/, '');
    // Titles come from our own pages, already HTML-escaped there.
    if (title) saved.push(`<li><a href="${escapeHtml(path)}">${title}</a></li>`);
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(t.title)}</title>
<style>body{font:1.125rem/1.75 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{color:#b3261e;line-height:1.35}a{color:#0b57a4;display:inline-block;min-height:44px;padding:.4rem 0}strong{color:#8c1d17}</style></head>
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
  event.respondWith(networkFirst(request, url));
});
