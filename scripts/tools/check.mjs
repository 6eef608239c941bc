// The quick loop: lint, both type checks and the unit tests, run side by side, each line of output
// prefixed with its step's name; fails if any step fails. Needs no build (`next typegen` writes the route
// types the app's type check reads). `npm test` starts with it.
// Usage: node scripts/tools/check.mjs [lint] [types] [unit]   (no argument: all three)
import { spawn } from 'node:child_process';
import path from 'node:path';

/** @typedef {{ name: string, group: 'lint' | 'types' | 'unit', command: string, after?: string }} Step */

/** Longest first: on two cores the last step to start should be a short one. @type {Step[]} */
const STEPS = [
  { name: 'vitest', group: 'unit', command: 'vitest run' },
  // The route types (.next/types) that `next build` would check the pages against, without building.
  { name: 'typegen', group: 'types', command: 'next typegen' },
  { name: 'tsc', group: 'types', command: 'tsc --noEmit', after: 'typegen' },
  { name: 'eslint', group: 'lint', command: 'eslint . --cache --cache-location node_modules/.cache/eslint/' },
  { name: 'tsc scripts', group: 'types', command: 'tsc --noEmit -p tsconfig.scripts.json' },
  { name: 'knip', group: 'lint', command: 'knip' },
  { name: 'prettier', group: 'lint', command: 'prettier --check . --cache' },
  { name: 'lockfile', group: 'lint', command: 'node scripts/check/lockfile.mjs' },
];

const groups = process.argv.slice(2);
const unknown = groups.filter((g) => !STEPS.some((s) => s.group === g));
if (unknown.length) {
  console.error(`unknown step group: ${unknown.join(', ')} (lint, types, unit)`);
  process.exit(2);
}
const steps = STEPS.filter((s) => !groups.length || groups.includes(s.group));
const width = Math.max(...steps.map((s) => s.name.length));
const bin = path.resolve('node_modules/.bin');
const started = Date.now();
const seconds = (ms) => `${(ms / 1000).toFixed(1)} s`;

/**
 * Runs one step, its output line by line behind its name.
 * @param {Step} step
 * @returns {Promise<{ step: Step, ok: boolean, ms: number }>}
 */
function run(step) {
  const t0 = Date.now();
  const prefix = `${step.name.padEnd(width)} │ `;
  const child = spawn(step.command, {
    shell: true,
    env: {
      ...process.env,
      PATH: `${bin}${path.delimiter}${process.env.PATH}`,
      NEXT_TELEMETRY_DISABLED: '1',
      ...(process.stdout.isTTY && !process.env.NO_COLOR ? { FORCE_COLOR: '1' } : {}),
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  for (const [stream, out] of /** @type {const} */ ([
    [child.stdout, process.stdout],
    [child.stderr, process.stderr],
  ])) {
    let rest = '';
    stream.setEncoding('utf8');
    stream.on('data', (chunk) => {
      const lines = (rest + chunk).split('\n');
      rest = lines.pop() ?? '';
      for (const line of lines) out.write(`${prefix}${line}\n`);
    });
    stream.on('end', () => rest && out.write(`${prefix}${rest}\n`));
  }
  return new Promise((resolve) => child.on('close', (code) => resolve({ step, ok: code === 0, ms: Date.now() - t0 })));
}

/** @type {Map<string, Promise<{ step: Step, ok: boolean, ms: number }>>} */
const running = new Map();
for (const step of steps) {
  const before = step.after && running.get(step.after);
  running.set(step.name, before ? before.then((r) => (r.ok ? run(step) : { step, ok: false, ms: 0 })) : run(step));
}
const results = await Promise.all(running.values());

console.log(`\ncheck: ${seconds(Date.now() - started)} in all`);
for (const { step, ok, ms } of results)
  console.log(`  ${ok ? '✓' : '✗'} ${step.name.padEnd(width)}  ${ms ? seconds(ms) : 'not run'}`);
const failed = results.filter((r) => !r.ok);
if (failed.length) {
  console.error(`check failed: ${failed.map((r) => r.step.name).join(', ')}`);
  process.exit(1);
}
