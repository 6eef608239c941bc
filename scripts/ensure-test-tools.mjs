// Makes sure the e2e tests have what they drive: a Chromium with CJK fonts, and nginx for the
// production-server test. Finds them, installs the Debian packages where it can (root + apt-get), or
// says in one line what to run.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { findChromium, playwrightChromium } from './browser-path.mjs';

const NGINX = ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/usr/bin/nginx'];
const hasNginx = () => NGINX.some((p) => existsSync(p));

const missing = [];
const chromium = findChromium() ?? (await playwrightChromium());
if (!chromium) missing.push('chromium', 'fonts-noto-cjk');
if (!hasNginx()) missing.push('nginx');
if (missing.length === 0) {
  console.log(`Chromium: ${chromium}; nginx: ${NGINX.find((p) => existsSync(p))}`);
  process.exit(0);
}

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
if (isRoot && existsSync('/usr/bin/apt-get')) {
  console.log(`Installing Debian packages: ${missing.join(' ')}…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  execFileSync('apt-get', ['update', '-qq'], { stdio: 'inherit', env });
  execFileSync('apt-get', ['install', '-y', '-qq', ...missing], { stdio: 'inherit', env });
  // The tests start nginx themselves, on their own port; the package's default site stays off.
  if (missing.includes('nginx')) {
    try {
      execFileSync('sh', ['-c', 'service nginx stop || pkill -x nginx || true'], { stdio: 'ignore' });
    } catch {
      /* not running */
    }
  }
  if ((findChromium() ?? (await playwrightChromium())) && hasNginx()) process.exit(0);
}

console.error(
  `Missing for the browser tests: ${missing.join(', ')}. Run "sudo apt-get install -y ${missing.join(' ')}" ` +
    '(Debian/Ubuntu), or "npx playwright install chromium" for the browser and set CHROMIUM_PATH to use another.',
);
process.exit(1);
