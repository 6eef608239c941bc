/* 识诈 service worker. scripts/build/service-worker.mjs writes it to out/sw.js after each build, with the
 * build's version, its JavaScript/CSS files and each locale's core pages in place of the line below.
 *
 * Caches, each with its own job, so that nothing one of them holds can push out what another keeps:
 * - CORE (`shizha-core-<version>`): each locale's core pages — lessons, rules, law, checklist, scam check,
 *   quiz and its question bank. Fetched once after the first visit (the page asks with a "precache"
 *   message) and refreshed whenever one is opened. No cap: the list is fixed by the build, so nothing
 *   the reader does (opening pages, searching) can evict them.
 * - PAGES (`shizha-pages-<version>`): every other page opened, the MAX_PAGES most recently saved.
 * - SEARCH (`shizha-search-<version>`): the search index and fragments, the MAX_SEARCH most recent.
 * - STATIC (`shizha-static`): /_next/static/ files, whose names carry a content hash: cache first, kept
 *   across versions while the current build still uses them; stored only when the answer is ours and is
 *   what the name says (same origin, 200, the type its extension implies), keyed without any ?query, at
 *   most MAX_STATIC besides the current build's own.
 * Pages and data are network first, so a new deploy is seen at once when online; the saved copy answers
 * when the network fails, says 5xx, or has not answered within PAGE_TIMEOUT (a page not saved yet waits
 * for the network). A copy that cannot be written (storage full, a partial response) is simply not kept.
 * A new build has a new VERSION: the new worker takes over at once, drops its own older caches (by the
 * prefixes in OWNED, and nothing else: a cache of any other name, such as one the reader saved on purpose,
 * is never touched) and refills the core pages of the languages the reader had.
 */
/* global self, caches, URL, Response, Headers, Promise, fetch, setTimeout, clearTimeout, crypto, TextEncoder, btoa */
/* __SW_CONFIG__ */

const CORE_CACHE = `shizha-core-${VERSION}`;
const PAGES = `shizha-pages-${VERSION}`;
const SEARCH = `shizha-search-${VERSION}`;
const STATIC = 'shizha-static';
// The versioned caches this worker owns: only these prefixes are ever deleted.
const OWNED = ['shizha-core-', 'shizha-pages-', 'shizha-search-'];
const PAGE_TIMEOUT = 4000;
// About 120 pages of 30 KB opened beyond the core pages.
const MAX_PAGES = 120;
// Search files (index chunks and result fragments, a few KB each): enough for the index of both
// languages and the results of many searches.
const MAX_SEARCH = 200;
// Hashed files kept besides the current build's own (chunks loaded only by some pages, fonts, media).
const MAX_STATIC = 100;
const SAVED_AT = 'X-Shizha-Saved-At';
const noop = () => {};
const own = (object, key) => Object.prototype.hasOwnProperty.call(object, key);
const CORE_PATHS = new Set(Object.keys(CORE).flatMap((locale) => CORE[locale]));

/**
 * Keeps a copy of a good, complete response under key, stamped with when it was saved, then drops the
 * oldest entries beyond max (cache keys are in the order they were last written). False when the copy
 * could not be kept; never throws.
 */
async function save(cache, key, response, max = Infinity) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  try {
    const headers = new Headers(response.headers);
    headers.set(SAVED_AT, String(Date.now()));
    const body = await response.blob();
    await cache.put(key, new Response(body, { status: 200, statusText: response.statusText, headers }));
    if (max !== Infinity) {
      const keys = await cache.keys();
      for (const old of keys.slice(0, Math.max(0, keys.length - max))) await cache.delete(old);
    }
    return true;
  } catch {
    return false; // storage full or refused: nothing kept, nothing broken
  }
}

const sameOrigin = (url) => url.origin === self.location.origin;
const isStatic = (url) => url.pathname.startsWith('/_next/static/');
const isSearch = (url) => url.pathname.startsWith('/pagefind/');

/** The locales whose pages a cache holds, read from its keys. */
async function cachedLocales(cacheName) {
  if (!(await caches.has(cacheName))) return [];
  const keys = await (await caches.open(cacheName)).keys();
  return Object.keys(CORE).filter((locale) => keys.some((r) => new URL(r.url).pathname.startsWith(`/${locale}/`)));
}

async function precacheLocale(locale) {
  if (typeof locale !== 'string' || !own(CORE, locale)) return;
  const cache = await caches.open(CORE_CACHE);
  // One at a time: a cheap phone on a slow network should not see its other requests starved.
  for (const path of CORE[locale]) {
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

/** Caches of this worker's own from another version. */
const oldOwned = (keys) => keys.filter((k) => OWNED.some((prefix) => k.startsWith(prefix)) && !k.endsWith(`-${VERSION}`));

self.addEventListener('install', (event) => {
  event.waitUntil(
    (async () => {
      const staticCache = await caches.open(STATIC);
      const missing = [];
      for (const url of ASSETS) if (!(await staticCache.match(url))) missing.push(url);
      // Checked as every hashed file is (isWhatItClaims): a host's index page must not be kept as a script.
      const fetched = await Promise.all(missing.map(async (url) => [url, await fetch(url, { cache: 'no-cache' })]));
      for (const [url, response] of fetched) {
        if (!isWhatItClaims(new URL(url, self.location.origin), response)) throw new Error(`${url} is not what it claims`);
      }
      for (const [url, response] of fetched) await staticCache.put(url, response);
      // Carry the reader's languages over from the previous version.
      const old = oldOwned(await caches.keys()).filter((k) => !k.startsWith('shizha-search-'));
      const locales = new Set((await Promise.all(old.map(cachedLocales))).flat());
      for (const locale of locales) await precacheLocale(locale);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      for (const key of oldOwned(await caches.keys())) await caches.delete(key);
      // Hashed files the current build no longer uses.
      const staticCache = await caches.open(STATIC);
      const current = new Set(ASSETS.map((a) => new URL(a, self.location.origin).href));
      for (const request of await staticCache.keys()) if (!current.has(request.url)) await staticCache.delete(request);
      await self.clients.claim();
    })(),
  );
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
  const paths = data.urls
    .map((u) => new URL(u, self.location.origin))
    .filter(sameOrigin)
    .map((u) => u.pathname);
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
  await cache.put(
    SAVED_RECORD + encodeURIComponent(data.name),
    new Response(JSON.stringify(record), { headers: { 'Content-Type': 'application/json' } }),
  );
}

// One listener for the page's two requests: keep this language for offline reading, or save a session.
self.addEventListener('message', (event) => {
  const data = event.data;
  if (data && data.type === 'precache' && typeof data.locale === 'string') event.waitUntil(precacheLocale(data.locale));
  if (!data || data.type !== 'save' || !Array.isArray(data.urls) || typeof data.name !== 'string') return;
  const port = event.ports && event.ports[0];
  const reply = (ok) => port && port.postMessage({ ok });
  event.waitUntil(
    saveSession(data).then(
      () => reply(true),
      () => reply(false),
    ),
  );
});
/* ---- end of saved sessions ---- */

// What a hashed file's extension says it is; a host that answers a missing file with its index page
// (text/html) must not have that kept under a script's name.
const STATIC_TYPES = {
  js: /^(text|application)\/(x-)?javascript\b/i,
  mjs: /^(text|application)\/(x-)?javascript\b/i,
  css: /^text\/css\b/i,
  woff2: /^(font\/woff2|application\/font-woff2)\b/i,
  woff: /^(font\/woff|application\/font-woff)\b/i,
  png: /^image\/png\b/i,
  jpg: /^image\/jpeg\b/i,
  jpeg: /^image\/jpeg\b/i,
  webp: /^image\/webp\b/i,
  avif: /^image\/avif\b/i,
  svg: /^image\/svg\+xml\b/i,
  ico: /^image\/(x-icon|vnd\.microsoft\.icon)\b/i,
  json: /^application\/json\b/i,
};

/** Is this the file its name claims: ours, complete, and of the type its extension implies? */
function isWhatItClaims(url, response) {
  if (response.status !== 200 || response.type !== 'basic' || response.redirected) return false;
  if (new URL(response.url || url.href).origin !== self.location.origin) return false;
  const type = response.headers.get('Content-Type') || '';
  const extension = (/\.([a-z0-9]+)$/i.exec(url.pathname) || [])[1];
  const expected = extension && own(STATIC_TYPES, extension.toLowerCase()) && STATIC_TYPES[extension.toLowerCase()];
  return expected ? expected.test(type) : !/^text\/html\b/i.test(type);
}

async function cacheFirst(url) {
  const cache = await caches.open(STATIC);
  // One entry per file: ?v=… variants are the same hashed file.
  const key = url.origin + url.pathname;
  // A saved session (宣讲) keeps its scripts after a new build drops them from STATIC.
  const hit = (await cache.match(key)) || (await (await caches.open(SAVED)).match(key));
  if (hit) return hit;
  const response = await fetch(key);
  if (isWhatItClaims(url, response)) {
    try {
      await cache.put(key, response.clone());
      const keep = new Set(ASSETS.map((a) => new URL(a, self.location.origin).href));
      const extra = (await cache.keys()).filter((r) => !keep.has(r.url));
      for (const old of extra.slice(0, Math.max(0, extra.length - MAX_STATIC))) await cache.delete(old);
    } catch {
      // storage full: served, not kept
    }
  }
  return response;
}

/** The same page with or without index.html and trailing slash, as the static host serves it. */
function pageKey(url) {
  let path = url.pathname.replace(/index\.html$/, '');
  if (!path.endsWith('/') && !/\.[a-z0-9]+$/i.test(path)) path += '/';
  return path;
}

/** Where a copy of this request is kept: the search cache, the core pages, or the other pages. */
function placeFor(request, url) {
  if (isSearch(url)) return { name: SEARCH, key: url.pathname, max: MAX_SEARCH };
  const key = request.mode === 'navigate' ? pageKey(url) : url.pathname;
  return CORE_PATHS.has(key) ? { name: CORE_CACHE, key, max: Infinity } : { name: PAGES, key, max: MAX_PAGES };
}

async function networkFirst(event, request, url) {
  const { name, key, max } = placeFor(request, url);
  const cache = await caches.open(name);
  const savedCopy = async () => (await cache.match(key)) || (await caches.match(key));
  let saving = Promise.resolve();
  const network = fetch(request).then((response) => {
    saving = save(cache, key, response.clone(), max);
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
    if (request.mode === 'navigate') return offlinePage(url);
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

const OFFLINE_STYLE =
  'body{font:1.125rem/1.75 "PingFang SC","Microsoft YaHei","Noto Sans CJK SC",system-ui,sans-serif;color:#1a1a1a;max-width:40rem;margin:0 auto;padding:1.5rem 1rem}h1{color:#b3261e;line-height:1.35}a{color:#0b57a4;display:inline-block;min-height:44px;padding:.4rem 0}strong{color:#8c1d17}small{color:#555;margin-left:.5rem}';

/** The offline page's style as a CSP source ('none' if the browser cannot hash: the page is then plain). */
async function styleHash() {
  try {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(OFFLINE_STYLE));
    return `'sha256-${btoa(String.fromCharCode(...new Uint8Array(digest)))}'`;
  } catch {
    return "'none'";
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
async function offlinePage(url) {
  const locale = Object.keys(OFFLINE_TEXT).find((l) => url.pathname.startsWith(`/${l}/`)) || DEFAULT_LOCALE;
  const t = OFFLINE_TEXT[locale];
  const saved = [];
  for (const name of [CORE_CACHE, PAGES]) {
    const cache = await caches.open(name);
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
  }
  const html = `<!doctype html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${escapeHtml(t.title)}</title>
<style>${OFFLINE_STYLE}</style></head>
<body><main><h1>${escapeHtml(t.title)}</h1><p>${escapeHtml(t.body)}</p><ul>${saved.join('')}</ul><p><strong>${escapeHtml(t.emergency)}</strong></p></main></body></html>`;
  // Its own policy, as nginx's headers never reach a page the worker makes: no script, no other origin,
  // its one style by hash.
  const policy = `default-src 'none'; style-src ${await styleHash()}; img-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'`;
  return new Response(html, {
    status: 503,
    headers: {
      'Content-Type': 'text/html; charset=utf-8',
      'Content-Security-Policy': policy,
      'X-Content-Type-Options': 'nosniff',
    },
  });
}

self.addEventListener('fetch', (event) => {
  const request = event.request;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (!sameOrigin(url)) return;
  if (isStatic(url)) {
    event.respondWith(cacheFirst(url));
    return;
  }
  // Share images and posters are not needed to read offline: leave them to the network.
  if (url.pathname.startsWith('/share/')) return;
  event.respondWith(networkFirst(event, request, url));
});
