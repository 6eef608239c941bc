import { spawn, type ChildProcess } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

// scripts/tools/serve.mjs serves out/ and nothing beside it, whatever the path says.
let dir = '';
let port = 0;
let server: ChildProcess;

const freePort = () =>
  new Promise<number>((resolve) => {
    const probe = createServer().listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

/** A GET with the path sent exactly as written (fetch would normalise it). */
const get = (rawPath: string) =>
  new Promise<{ status: number; body: string }>((resolve, reject) => {
    request({ host: '127.0.0.1', port, path: rawPath }, (res) => {
      let body = '';
      res.on('data', (d) => (body += d));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body }));
    })
      .on('error', reject)
      .end();
  });

beforeAll(async () => {
  dir = mkdtempSync(path.join(tmpdir(), 'shizha-serve-'));
  mkdirSync(path.join(dir, 'out/zh-CN'), { recursive: true });
  mkdirSync(path.join(dir, 'out-secret'));
  writeFileSync(path.join(dir, 'out/index.html'), 'home');
  writeFileSync(path.join(dir, 'out/404.html'), 'not found');
  writeFileSync(path.join(dir, 'out/zh-CN/index.html'), 'zh');
  writeFileSync(path.join(dir, 'out-secret/key.txt'), 'SECRET');
  writeFileSync(path.join(dir, 'secret.txt'), 'SECRET');
  port = await freePort();
  server = spawn(process.execPath, ['scripts/tools/serve.mjs', String(port)], {
    env: { ...process.env, OUT_DIR: path.join(dir, 'out') },
    stdio: 'ignore',
  });
  for (let i = 0; i < 100; i += 1) {
    if ((await get('/').catch(() => ({ status: 0 }))).status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error('serve.mjs did not start');
});

afterAll(() => {
  server?.kill();
  rmSync(dir, { recursive: true, force: true });
});

describe('serve.mjs', () => {
  it('serves the site', async () => {
    expect(await get('/zh-CN/')).toEqual({ status: 200, body: 'zh' });
  });

  it.each([
    '/..%2fout-secret/key.txt',
    '/%2e%2e%2fout-secret%2fkey.txt',
    '/zh-CN/..%2f..%2fout-secret/key.txt',
    '/..%2fsecret.txt',
    '/..%2f..%2f..%2f..%2f..%2f..%2fetc/hostname',
    '/%2e%2e/secret.txt',
  ])('does not serve %s from outside out/', async (rawPath) => {
    const response = await get(rawPath);
    expect(response.status).toBe(404);
    expect(response.body).toBe('not found');
  });
});
