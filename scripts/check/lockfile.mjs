// Checks package-lock.json is complete for every platform, so `npm ci` works on a fresh clone anywhere
// and `npm install` leaves it unchanged: every optional dependency a locked package declares (the
// per-platform binaries of next, swc, tailwind, pagefind…) must be locked too, and no entry may name a
// registry (the project's .npmrc omits "resolved"). After adding a dependency, regenerate with
//   npm install --package-lock-only --no-audit --no-fund
// (see README, "Dependencies") and run this again.
import { readFileSync } from 'node:fs';

const lock = JSON.parse(readFileSync(new URL('../../package-lock.json', import.meta.url), 'utf8'));
const packages = lock.packages ?? {};
const problems = [];

/** Where node would find `name` when required from the package at `from` (node_modules lookup). */
function locate(from, name) {
  let dir = from;
  for (;;) {
    const candidate = `${dir ? `${dir}/` : ''}node_modules/${name}`;
    if (packages[candidate]) return candidate;
    if (!dir) return null;
    const cut = dir.lastIndexOf('/node_modules/');
    dir = cut === -1 ? '' : dir.slice(0, cut);
  }
}

for (const [where, entry] of Object.entries(packages)) {
  if (entry.resolved && !entry.link) problems.push(`${where}: names a registry (${entry.resolved})`);
  for (const name of Object.keys(entry.optionalDependencies ?? {}))
    if (!locate(where, name)) problems.push(`${where || 'package.json'}: optional dependency ${name} is not locked`);
}

if (problems.length) {
  console.error(`package-lock.json is incomplete (${problems.length}):\n  ${problems.slice(0, 20).join('\n  ')}`);
  console.error('Regenerate it: npm install --package-lock-only --no-audit --no-fund');
  process.exit(1);
}
console.log(`package-lock.json: ${Object.keys(packages).length - 1} packages, every platform's binaries locked`);
