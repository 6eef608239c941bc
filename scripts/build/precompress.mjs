// Writes a gzip (.gz) and a Brotli (.br) copy beside every text file of the site — HTML, JavaScript, CSS,
// JSON, Next.js's page data (.txt), XML, SVG, the manifest and the search files — so that nginx
// (gzip_static, brotli_static) and scripts/tools/serve.mjs send them as they are, with no compression per
// request. Last step of the build: any step that edits a file afterwards must run this again.
// A copy is kept only where it is worth it: files under MIN_BYTES are left to compression per request,
// and a copy that is not at least 10% smaller (the search index's files are gzip-compressed already) is
// not written. Old copies are removed first, so a copy never outlives its file.
// Usage: node scripts/build/precompress.mjs [out]
import { execFile } from 'node:child_process';
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const gzipAsync = promisify(gzip);
const execFileAsync = promisify(execFile);
const brotliAsync = promisify(brotliCompress);

export const MIN_BYTES = 1024;
const TEXT = /\.(html|js|mjs|css|json|txt|xml|svg|webmanifest|pf_fragment|pf_index|pf_meta|pagefind)$/;
// Hashed files (scripts, styles) are fetched by every page and cached for a year: worth Brotli's best.
// The rest (pages, their data) is many files read once each: quality 7, as fast as gzip and within 1% of
// quality 9 (ten times slower) on a lesson.
const brotliQuality = (/** @type {string} */ rel) => (rel.startsWith('_next/static/') ? 11 : 7);

/** @param {string} dir @returns {Promise<string[]>} */
async function walk(dir) {
  const entries = await readdir(dir, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((e) => (e.isDirectory() ? walk(path.join(dir, e.name)) : Promise.resolve([path.join(dir, e.name)]))),
  );
  return nested.flat();
}

/**
 * Writes the Brotli copy of one file, if worth it; returns its sizes.
 * @param {string} root @param {string} file
 */
async function brotliFile(root, file) {
  const body = await readFile(file);
  const rel = path.relative(root, file).split(path.sep).join('/');
  const br = await brotliAsync(body, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: brotliQuality(rel),
      [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
      [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      // A window no larger than the file: far less memory to set up for each of thousands of files.
      [constants.BROTLI_PARAM_LGWIN]: Math.min(24, Math.max(16, Math.ceil(Math.log2(body.length)))),
    },
  });
  const worth = br.length <= body.length * WORTH;
  if (worth) await writeFile(`${file}.br`, br);
  return { raw: body.length, br: worth ? br.length : 0 };
}

/**
 * Writes the .gz copies of many files. The system's gzip -9 where there is one: it compresses these
 * pages 2% smaller than Node's bundled zlib at the same level (smaller than nginx's own level 6, which
 * Node's is not). One process per batch of files, not per file.
 * @param {string[]} files
 */
async function gzipFiles(files) {
  const BATCH = 400;
  try {
    for (let i = 0; i < files.length; i += BATCH)
      await execFileAsync('gzip', ['-9', '-n', '-k', '-f', '--', ...files.slice(i, i + BATCH)]);
  } catch {
    for (const file of files) await writeFile(`${file}.gz`, await gzipAsync(await readFile(file), { level: 9 }));
  }
}

// A copy is written only if it is at least 10% smaller than the file.
const WORTH = 0.9;

/** @param {string} root */
export async function precompress(root) {
  const all = await walk(root);
  await Promise.all(all.filter((f) => /\.(gz|br)$/.test(f)).map((f) => rm(f)));
  const files = [];
  for (const file of all) if (TEXT.test(file) && (await stat(file)).size >= MIN_BYTES) files.push(file);
  const totals = { files: files.length, raw: 0, gz: 0, br: 0, skipped: 0 };
  // gzip in two processes, beside Brotli on libuv's thread pool (zlib's asynchronous calls): every core busy.
  const half = Math.ceil(files.length / 2);
  const gzipping = Promise.all([gzipFiles(files.slice(0, half)), gzipFiles(files.slice(half))]);
  const brSizes = new Map();
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const file = files[next++];
      brSizes.set(file, await brotliFile(root, file));
    }
  };
  await Promise.all([gzipping, ...Array.from({ length: 4 }, worker)]);
  for (const file of files) {
    const { raw, br } = brSizes.get(file);
    const gz = (await stat(`${file}.gz`)).size;
    const gzWorth = gz <= raw * WORTH;
    if (!gzWorth) await rm(`${file}.gz`);
    totals.raw += raw;
    totals.gz += gzWorth ? gz : 0;
    totals.br += br;
    if (!gzWorth && !br) totals.skipped += 1;
  }
  return totals;
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const started = Date.now();
  const t = await precompress(path.resolve(process.argv[2] ?? 'out'));
  const mb = (/** @type {number} */ n) => `${(n / 1e6).toFixed(1)} MB`;
  console.log(
    `precompress: ${t.files} files (${mb(t.raw)}) → .gz ${mb(t.gz)}, .br ${mb(t.br)}; ${t.skipped} already compressed; ` +
      `${((Date.now() - started) / 1000).toFixed(1)} s`,
  );
}
