// Writes each exported page's Content-Security-Policy into the page itself, as the first thing in its
// <head>: scripts from this site only, and each inline script the page carries (Next.js's per-page data,
// the boot script) allowed by its sha256 hash, never by 'unsafe-inline'. Computed from the HTML that is
// actually exported, after every step that edits it, so a changed boot script needs no list kept by hand.
// A <meta> (rather than a per-path map for nginx) travels with the file to any static host or CDN; the
// directives a <meta> cannot carry (frame-ancestors) are in deploy/shizha-security-headers.conf.
// Run after `next build` (package.json "build"); `tsx scripts/build/csp.mjs [out]`.
import { createHash } from 'node:crypto';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { weChatSdkConfig } from '../../lib/wechat-sdk.ts';
import { htmlFiles } from '../lib/files.mjs';

const SCRIPT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi;
const META = /<meta http-equiv="Content-Security-Policy" content="[^"]*"\/>/;
// Types a browser runs; JSON-LD and other data blocks are not scripts for CSP.
const RUNNABLE = /^\s*(|text\/javascript|application\/javascript|module)\s*$/i;

/** @typedef {{ script: string[], connect: string[] }} ExtraOrigins */

/**
 * sha256 sources for the page's inline scripts, in order of appearance, without repeats.
 * @param {string} html
 * @returns {string[]}
 */
export function inlineScriptHashes(html) {
  const hashes = new Set();
  for (const [, attributes, body] of html.matchAll(SCRIPT)) {
    if (/\ssrc\s*=/i.test(attributes)) continue;
    const type = /\stype\s*=\s*"([^"]*)"/i.exec(attributes)?.[1] ?? '';
    if (!RUNNABLE.test(type)) continue;
    hashes.add(`'sha256-${createHash('sha256').update(body, 'utf8').digest('base64')}'`);
  }
  return [...hashes];
}

/**
 * Origins the optional WeChat JS-SDK needs (its script, the deployer's signature endpoint), if on.
 * @param {Record<string, string | undefined>} env
 * @returns {ExtraOrigins}
 */
export function extraOrigins(env) {
  // Throws, stopping the build, for an SDK address that cannot work (lib/wechat-sdk.ts says why).
  const sdk = weChatSdkConfig(env);
  if (!sdk) return { script: [], connect: [] };
  const origin = (/** @type {string} */ url) => (/^https?:\/\//.test(url) ? [new URL(url).origin] : []);
  return { script: origin(sdk.scriptUrl), connect: origin(sdk.signatureUrl) };
}

/**
 * @param {string[]} hashes
 * @param {ExtraOrigins} [extra]
 * @param {{ wasm?: boolean }} [options] wasm: the page runs search, which compiles WebAssembly
 */
export function policy(hashes, extra = { script: [], connect: [] }, { wasm = false } = {}) {
  return [
    "default-src 'self'",
    // 'wasm-unsafe-eval' lets search compile its WebAssembly index, on the search pages only; JavaScript
    // eval stays blocked everywhere.
    ['script-src', "'self'", ...(wasm ? ["'wasm-unsafe-eval'"] : []), ...extra.script, ...hashes].join(' '),
    // No inline styles: the stylesheet is a file, and React sets the few computed styles through the DOM.
    "style-src 'self'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    ['connect-src', "'self'", ...extra.connect].join(' '),
    "worker-src 'self'",
    "manifest-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join('; ');
}

/** Pages that run search (and so compile WebAssembly): /<locale>/search/, by their path under out/. */
export const SEARCH_PAGE = /(^|\/)[^/]+\/search\/index\.html$/;

/**
 * The page with its policy as the first element of <head>, before any script (replacing an older one).
 * @param {string} html
 * @param {ExtraOrigins} extra
 * @param {{ wasm?: boolean }} [options]
 */
export function withPolicy(html, extra, options = {}) {
  const clean = html.replace(META, '');
  const meta = `<meta http-equiv="Content-Security-Policy" content="${policy(inlineScriptHashes(clean), extra, options)}"/>`;
  const charset = /<meta charSet="utf-8"\s*\/?>/i.exec(clean);
  if (charset) return clean.replace(charset[0], charset[0] + meta);
  if (!/<head>/.test(clean)) throw new Error('no <head> to put the policy in');
  return clean.replace('<head>', `<head>${meta}`);
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const root = path.resolve(process.argv[2] ?? 'out');
  const extra = extraOrigins(process.env);
  let pages = 0;
  let scripts = 0;
  for (const file of htmlFiles(root)) {
    const wasm = SEARCH_PAGE.test(path.relative(root, file).split(path.sep).join('/'));
    const html = withPolicy(readFileSync(file, 'utf8'), extra, { wasm });
    writeFileSync(file, html);
    pages += 1;
    scripts += inlineScriptHashes(html).length;
  }
  console.log(`csp: a script policy with ${scripts} inline-script hashes written into ${pages} pages`);
}
