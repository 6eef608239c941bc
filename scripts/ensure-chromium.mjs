// Makes sure the e2e tests have a Chromium: finds one, installs one where it can, or says what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, playwrightChromium } from './browser-path.mjs';

const found = findChromium() ?? (await playwrightChromium());
if (found) {
  console.log(`Chromium: ${found}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log('No Chromium found: installing Debian packages chromium and fonts-noto-cjk…');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', 'chromium', 'fonts-noto-cjk'], { stdio: 'inherit', env });
  if (findChromium()) process.exit(0);
}

console.error(
  'No Chromium found. Run one of: "sudo apt-get install -y chromium fonts-noto-cjk" (Debian/Ubuntu), ' +
    '"npx playwright install chromium", or set CHROMIUM_PATH to a Chromium binary.',
);
process.exit(1);
