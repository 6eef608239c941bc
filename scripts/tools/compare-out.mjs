#!/usr/bin/env node
// Compares two exported sites (two out/ folders) file by file, to show that a refactor changed nothing a
// reader gets: every page, every JSON file (the self-test's bank, the scam check's phrases) and every share
// image. What differs from build to build without meaning anything is normalised first: the build id,
// hashed chunk names, the service worker's version and the script policy's hashes. A page's inline scripts
// are left out of its comparison: they carry React's payload, which Next splits into a varying number of
// scripts from build to build; the same payload is the page's .txt files, compared on their own (module
// ids and row numbers in them change when code moves, so a refactor shows there first).
//
//   node scripts/tools/compare-out.mjs BEFORE AFTER [--map old=new ...] [--list]
//
// --map old=new  a renamed attribute or class (e.g. data-drill=data-walkthrough): BEFORE's text is read
//                with the new name, so a rename shows as no difference. Say each one you use.
// --list         print every file that still differs.
// Exits 1 when any file differs or exists on one side only.
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { filesUnder } from '../lib/files.mjs';

const args = process.argv.slice(2);
const [before, after] = args.filter((a, i) => !a.startsWith('--') && args[i - 1] !== '--map');
if (!before || !after) {
  console.error('usage: node scripts/tools/compare-out.mjs BEFORE AFTER [--map old=new ...] [--list]');
  process.exit(2);
}
const maps = args.flatMap((a, i) => (args[i - 1] === '--map' ? [a.split('=')] : []));
if (maps.some((m) => m.length !== 2 || !m[0] || !m[1])) {
  console.error('--map takes old=new (one = sign, both sides non-empty)');
  process.exit(2);
}
const list = args.includes('--list');

// Compressed copies follow their source file; hashed static files are compared through the pages that load them.
const skip = (file) => /\.(br|gz)$/.test(file) || file.startsWith('_next/static/');
const binary = /\.(png|jpe?g|ico|webp|woff2?|wasm|pagefind|pf_\w+)$/;

/** Text with what changes from build to build replaced by a fixed word. */
function normalise(text) {
  return text
    .replace(/<script\b[^>]*>(?!<\/script>)[\s\S]*?<\/script>/g, '')
    .replace(/_next\/static\/chunks\/[\w.~-]+\.(js|css)/g, '_next/static/chunks/X.$1')
    .replace(/_next\/static\/[\w-]{10,}\//g, '_next/static/BUILD/')
    .replace(/\s*'sha256-[A-Za-z0-9+/=]+'/g, '')
    .replace(/sha256-[A-Za-z0-9+/=]{40,}/g, 'sha256-X')
    .replace(/"b":"[\w-]+"/g, '"b":"X"')
    .replace(/\b(buildId|version)":"[\w-]+"/g, '$1":"X"')
    .replace(/\bversion [0-9a-f]{12}\b/g, 'version X')
    .replace(/'[0-9a-f]{12}'/g, "'X'");
}

const files = (root) =>
  new Set(
    filesUnder(root)
      .map((f) => path.relative(root, f))
      .filter((f) => !skip(f)),
  );
const a = files(before);
const b = files(after);
const onlyBefore = [...a].filter((f) => !b.has(f)).sort();
const onlyAfter = [...b].filter((f) => !a.has(f)).sort();

let same = 0;
const differ = [];
for (const file of [...a].filter((f) => b.has(f)).sort()) {
  const x = readFileSync(path.join(before, file));
  const y = readFileSync(path.join(after, file));
  if (x.equals(y)) {
    same++;
    continue;
  }
  if (binary.test(file)) {
    differ.push(file);
    continue;
  }
  let xs = normalise(x.toString('utf8'));
  for (const [from, to] of maps) xs = xs.split(from).join(to);
  if (xs === normalise(y.toString('utf8'))) same++;
  else differ.push(file);
}

const kinds = (fs) => {
  const count = new Map();
  for (const f of fs) {
    const kind = binary.test(f) ? 'image/binary' : path.extname(f) || '(none)';
    count.set(kind, (count.get(kind) ?? 0) + 1);
  }
  return [...count].map(([k, n]) => `${n} ${k}`).join(', ') || 'none';
};
console.log(
  `compared ${a.size} files before, ${b.size} after${maps.length ? ` (renames read as one: ${maps.map((m) => m.join('→')).join(', ')})` : ''}`,
);
console.log(`  the same: ${same}`);
console.log(`  differ: ${differ.length} (${kinds(differ)})`);
console.log(`  only before: ${onlyBefore.length}${onlyBefore.length ? `: ${onlyBefore.slice(0, 20).join(', ')}` : ''}`);
console.log(`  only after: ${onlyAfter.length}${onlyAfter.length ? `: ${onlyAfter.slice(0, 20).join(', ')}` : ''}`);
if (list) for (const f of differ) console.log(`  differs: ${f}`);
process.exit(differ.length || onlyBefore.length || onlyAfter.length ? 1 : 0);
