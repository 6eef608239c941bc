// The steps that turn Next's export (out/) into the site we ship, in order, defined once: `npm run build`
// runs them after `next build`, and `npm run bench` times each of them. Every step reads and writes out/
// and runs in its own process under tsx, because some import the app's TypeScript (routing, share cards).
// Usage: node scripts/build/pipeline.mjs   (after next build)
import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/** @typedef {{ name: string, script: string, serverOnly?: boolean }} Step */

/** @type {Step[]} */
export const POST_BUILD = [
  // Share images, posters and icons first: the metadata check and the offline copy expect them.
  // It reads the content through the loaders, which are server-only: it runs as the server would.
  { name: 'share images, posters, icons', script: 'scripts/build/share-images.tsx', serverOnly: true },
  { name: 'microdata', script: 'scripts/build/microdata.mjs' },
  { name: 'search index', script: 'scripts/build/search-index.mjs' },
  // The policy hashes the inline scripts of the final HTML: after every step that edits pages.
  { name: 'script policy (CSP hashes)', script: 'scripts/build/csp.mjs' },
  // The worker's version hashes every file in out/: after everything else is written.
  { name: 'service worker', script: 'scripts/build/service-worker.mjs' },
  { name: 'SITE_URL check', script: 'scripts/build/site-url.mjs' },
  // The .gz and .br copies nginx sends as they are: after the last step that writes a file.
  { name: 'pre-compression (.gz, .br)', script: 'scripts/build/precompress.mjs' },
];

/**
 * Runs one step; throws (with the step's own error on stderr) when it fails.
 * @param {Step} step
 * @param {import('node:child_process').StdioOptions} [stdio]
 */
export function runStep(step, stdio = 'inherit') {
  execFileSync(process.execPath, [...(step.serverOnly ? ['--conditions=react-server'] : []), '--import', 'tsx', step.script], {
    stdio,
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  for (const step of POST_BUILD) {
    try {
      runStep(step);
    } catch {
      console.error(`post-build step "${step.name}" (${step.script}) failed`);
      process.exit(1);
    }
  }
}
