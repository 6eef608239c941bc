import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect, test } from './fixtures';
import { stop, waitUntilUp } from './server';

// A session saved on the 宣讲 page runs in a hall with no network. Its own copy of the site on its own
// port, as e2e/offline.spec.ts does, with the service worker allowed.
const PORT = 4254 + (Number(process.env.TEST_PARALLEL_INDEX) || 0);
let site = '';
let server: ChildProcess | undefined;

test.use({ serviceWorkers: 'allow', baseURL: `http://localhost:${PORT}`, viewport: { width: 1280, height: 720 } });

test.beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'shizha-deck-offline-'));
  cpSync('out', site, { recursive: true, filter: (src) => !src.includes(`${path.sep}share${path.sep}`) });
  server = spawn(process.execPath, ['scripts/tools/serve.mjs', String(PORT)], {
    env: { ...process.env, OUT_DIR: site },
    stdio: 'ignore',
  });
  await waitUntilUp(`http://localhost:${PORT}/zh-CN/`, server);
});

test.afterAll(async () => {
  await stop(server);
  rmSync(site, { recursive: true, force: true });
});

test('保存本场: a saved session runs offline, and the 宣讲 page lists it', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/zh-CN/present/');
  await expect.poll(() => page.evaluate(() => !!navigator.serviceWorker.controller), { timeout: 30_000 }).toBe(true);
  const card = page.locator('[data-session="residents"]');
  await card.getByRole('button', { name: '保存本场，离线可用' }).click();
  await expect(card.getByRole('status')).toHaveText('已保存，可离线使用', { timeout: 30_000 });

  await stop(server);
  server = undefined;

  await page.goto('/zh-CN/present/sessions/residents/?s=3');
  const current = page.locator('[data-slide][data-current] > section');
  await expect(current).toHaveAttribute('aria-label', /^第 3 张/);
  // Its scripts came too: the clicker still turns the slides.
  await page.keyboard.press('PageDown');
  await expect(current).toHaveAttribute('aria-label', /^第 4 张/);
  // A lesson of the session, for its handout.
  await page.goto('/zh-CN/cases/fake-police/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
  await page.goto('/zh-CN/present/');
  await expect(page.locator('[data-saved-list]')).toContainText('社区居民、退休老人');
});
