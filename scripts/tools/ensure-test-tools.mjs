// Makes sure the e2e tests have what they drive: a Chromium with CJK fonts, and nginx for the
// production-server test, with openssl for its test certificate. Finds them, installs the Debian packages
// where it can (root + apt-get), or says in one line what to run.
import { execFileSync } from 'node:child_process';
import { existsSync, rmSync, writeFileSync } from 'node:fs';
import { findChromium, playwrightChromium } from '../lib/browser-path.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/usr/bin/nginx'];
const hasNginx = () => NGINX.some((p) => existsSync(p));

const missing = [];
const chromium = findChromium() ?? (await playwrightChromium());
if (!chromium) missing.push('chromium', 'fonts-noto-cjk');
if (!hasNginx()) missing.push('nginx');
const hasOpenssl = () => ['/usr/bin/openssl', '/usr/local/bin/openssl'].some((p) => existsSync(p));
if (!hasOpenssl()) missing.push('openssl');
if (missing.length === 0) {
  console.log(`Chromium: ${chromium}; nginx: ${NGINX.find((p) => existsSync(p))}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian packages: ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // Installing nginx must not start the package's default site, and nothing here ever stops an nginx:
  // the e2e runs its own (own prefix, pid file and ports) and stops only that one. Services are held
  // off during the install unless the machine already has its own policy-rc.d.
  const policy = '/usr/sbin/policy-rc.d';
  const madePolicy = !existsSync(policy);
  if (madePolicy) writeFileSync(policy, '#!/bin/sh\nexit 101\n', { mode: 0o755 });
  try {
    execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
    execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  } finally {
    if (madePolicy) rmSync(policy, { force: true });
  }
  if ((findChromium() ?? (await playwrightChromium())) && hasNginx() && hasOpenssl()) process.exit(0);
}

console.error(
  `Missing for the browser tests: ${missing.join(', ')}. Run "sudo apt-get install -y ${missing.join(' ')}" ` +
    '(Debian/Ubuntu), or "npx playwright install chromium" for the browser and set CHROMIUM_PATH to use another.',
);
process.exit(1);
