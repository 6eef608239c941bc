import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { stop, waitUntilUp } from './server';

// deploy/nginx.conf under a real nginx (Debian's package), serving a build's out/ over HTTPS with a
// certificate made for the test. The nginx is the test's own (its own prefix, pid file and ports) and only
// that one is stopped: a system nginx is never touched.

function findNginx(): string {
  for (const candidate of ['/usr/sbin/nginx', '/usr/local/sbin/nginx', '/usr/local/bin/nginx', '/usr/bin/nginx'])
    if (existsSync(candidate)) return candidate;
  throw new Error('nginx is not installed: apt-get install -y nginx (npm run test:e2e does it when run as root)');
}

/** Debian's Brotli module for nginx (libnginx-mod-http-brotli-static), if installed. */
export function brotliModule(): string | undefined {
  return [
    '/usr/lib/nginx/modules/ngx_http_brotli_static_module.so',
    '/usr/share/nginx/modules/ngx_http_brotli_static_module.so',
  ].find((f) => existsSync(f));
}

/** Starts nginx with the production site config over `out`; resolves once it answers. */
export async function startNginx(root: string, out: string, port: number, httpPort: number, { workers = 1 } = {}) {
  if (!existsSync(path.join(out, 'index.html'))) throw new Error('no out/: run npm run build first');
  const dir = mkdtempSync(path.join(tmpdir(), 'shizha-nginx-'));
  mkdirSync(path.join(dir, 'snippets'));
  execFileSync('openssl', [
    'req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-days', '1', '-subj', '/CN=127.0.0.1',
    '-addext', 'subjectAltName=IP:127.0.0.1', '-keyout', path.join(dir, 'key.pem'), '-out', path.join(dir, 'cert.pem'),
  ], { stdio: 'ignore' }); // prettier-ignore
  copyFileSync(path.join(root, 'deploy/shizha-security-headers.conf'), path.join(dir, 'snippets/shizha-security-headers.conf'));
  // Brotli as a deployer installs it: the module loaded and the snippet copied only where the module is.
  const brotli = brotliModule();
  if (brotli) copyFileSync(path.join(root, 'deploy/shizha-brotli.conf'), path.join(dir, 'snippets/shizha-brotli.conf'));
  const site = readFileSync(path.join(root, 'deploy/nginx.conf'), 'utf8')
    .replace('root /srv/shizha/out;', `root ${out};`)
    .replace('/etc/ssl/shizha/fullchain.pem', path.join(dir, 'cert.pem'))
    .replace('/etc/ssl/shizha/privkey.pem', path.join(dir, 'key.pem'))
    .replace('listen 443 ssl http2;', `listen 127.0.0.1:${port} ssl http2;`)
    .replace('listen 80;', `listen 127.0.0.1:${httpPort};`)
    .replace(/\s*listen \[::\]:\d+[^;]*;/g, '')
    .replaceAll('server_name shizha.example.org;', 'server_name 127.0.0.1;');
  writeFileSync(path.join(dir, 'site.conf'), site);
  const temp = ['client_body', 'proxy', 'fastcgi', 'uwsgi', 'scgi'].map((t) => `${t}_temp_path ${dir}/${t};`).join('\n  ');
  writeFileSync(
    path.join(dir, 'nginx.conf'),
    (brotli ? `load_module ${brotli};\n` : '') +
      `pid ${dir}/nginx.pid;\nerror_log ${dir}/error.log;\ndaemon off;\nworker_processes ${workers};\nevents {}\n` +
      `http {\n  include /etc/nginx/mime.types;\n  default_type application/octet-stream;\n  access_log off;\n  ${temp}\n  include ${dir}/site.conf;\n}\n`,
  );
  const nginx: ChildProcess = spawn(findNginx(), ['-p', dir, '-c', path.join(dir, 'nginx.conf')], {
    stdio: ['ignore', 'ignore', 'pipe'],
  });
  let stderr = '';
  nginx.stderr?.on('data', (d) => (stderr += d));
  await waitUntilUp(`http://127.0.0.1:${httpPort}/`, nginx, () => stderr, { redirect: 'manual' });
  return {
    async stop() {
      await stop(nginx, 'SIGQUIT');
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
