import { spawnSync } from 'node:child_process';
import { chmodSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

// How dependencies are installed: locked versions only, and no dependency's code run while installing.

describe('installing dependencies', () => {
  it('runs no install script, and package.json has no pre/post script that setting would skip', () => {
    const npmrc = readFileSync('.npmrc', 'utf8');
    expect(npmrc).toMatch(/^ignore-scripts=true$/m);
    const scripts = Object.keys((JSON.parse(readFileSync('package.json', 'utf8')) as { scripts: object }).scripts);
    expect(scripts.filter((name) => /^(pre|post)./.test(name))).toEqual([]);
  });

  it('CI stops when npm ci fails, names the fix, and never falls back to npm install', () => {
    const bin = mkdtempSync(path.join(tmpdir(), 'shizha-ci-'));
    const calls = path.join(bin, 'calls');
    try {
      // An npm whose `ci` fails (as with a lockfile out of step) and that records every call; apt-get and
      // fc-list stand in for the machine's, so nothing is installed whatever this machine lacks.
      writeFileSync(path.join(bin, 'npm'), `#!/bin/sh\necho "npm $*" >> "${calls}"\n[ "$1" = ci ] && exit 1\nexit 0\n`);
      writeFileSync(path.join(bin, 'apt-get'), `#!/bin/sh\necho "apt-get $*" >> "${calls}"\n`);
      writeFileSync(path.join(bin, 'fc-list'), '#!/bin/sh\necho "Noto Sans CJK SC"\n');
      for (const f of ['npm', 'apt-get', 'fc-list']) chmodSync(path.join(bin, f), 0o755);
      const run = spawnSync('bash', ['.ci/run'], {
        env: { ...process.env, PATH: `${bin}:${process.env.PATH}` },
        encoding: 'utf8',
      });
      expect(run.status).not.toBe(0);
      expect(run.stderr).toContain('npm install --package-lock-only --no-audit --no-fund');
      const npmCalls = readFileSync(calls, 'utf8')
        .split('\n')
        .filter((l) => l.startsWith('npm '));
      expect(npmCalls).toEqual(['npm ci --no-audit --no-fund']);
    } finally {
      rmSync(bin, { recursive: true, force: true });
    }
  });
});
