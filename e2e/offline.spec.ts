import { spawn, type ChildProcess } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';
import { stop, waitUntilUp } from './server';

// The service worker is tested against its own copy of the site, served on its own port, so the
// "new deploy" test can change pages without touching the out/ other tests read.
const PORT = 4175 + (Number(process.env.TEST_PARALLEL_INDEX) || 0);
let site = '';
let server: ChildProcess | undefined;

test.describe.configure({ mode: 'serial' });
test.use({ serviceWorkers: 'allow', baseURL: `http://localhost:${PORT}` });

async function startServer() {
  server = spawn(process.execPath, ['scripts/tools/serve.mjs', String(PORT)], {
    env: { ...process.env, OUT_DIR: site },
    stdio: 'ignore',
  });
  await waitUntilUp(`http://localhost:${PORT}/zh-CN/`, server);
}

/** Offline, as the phone sees it: the site cannot be reached at all (the worker's fetches fail too). */
async function goOffline() {
  await stop(server);
  server = undefined;
}

test.beforeAll(async () => {
  site = mkdtempSync(path.join(tmpdir(), 'shizha-offline-'));
  // Without the build's .gz/.br copies: the "new deploy" test edits pages, and a copy would outlive its page.
  cpSync('out', site, {
    recursive: true,
    filter: (src) => !src.includes(`${path.sep}share${path.sep}`) && !/\.(gz|br)$/.test(src),
  });
});

test.beforeEach(startServer);

test.afterEach(goOffline);

test.afterAll(() => {
  rmSync(site, { recursive: true, force: true });
});

/** The core pages the service worker keeps for a locale, as written into sw.js at build. */
function corePages(locale: string): string[] {
  const sw = readFileSync(path.join(site, 'sw.js'), 'utf8');
  return JSON.parse(/const CORE = (.*);/.exec(sw)![1]!)[locale];
}

/** Waits until the page is controlled by the worker and it has saved every core page. */
async function waitUntilSaved(page: Page, count: number) {
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          if (!navigator.serviceWorker.controller) return 0;
          const name = (await caches.keys()).find((k) => k.startsWith('shizha-core-'));
          return name ? (await (await caches.open(name)).keys()).length : 0;
        }),
      { timeout: 30_000 },
    )
    .toBeGreaterThanOrEqual(count);
}

test('after one visit, lessons, rules, the law and the quiz open with the network off', { tag: '@phone' }, async ({ page }) => {
  const core = corePages('zh-CN');
  expect(core).toEqual(expect.arrayContaining(['/zh-CN/cases/fake-police/', '/zh-CN/rules/', '/zh-CN/law/articles/']));
  expect(core).toContain('/zh-CN/quiz/bank.json');
  expect(core).toContain('/zh-CN/check/phrases.json');
  expect(core).toContain('/zh-CN/check/other-phrases.json');

  await page.goto('/zh-CN/');
  await waitUntilSaved(page, core.length);
  await goOffline();

  // A lesson never opened before, then reloaded.
  await page.goto('/zh-CN/cases/fake-police/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
  await page.reload();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
  await expect(page.locator('#remember')).toBeVisible();

  await page.goto('/zh-CN/rules/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  await page.goto('/zh-CN/law/articles/');
  await expect(page.locator('#article-38')).toBeVisible();

  // The self-test draws from the saved question bank and can be played offline.
  await page.goto('/zh-CN/quiz/');
  await page.getByRole('button', { name: '开始自测' }).click();
  await expect(page.getByText('第 1 / 20 题')).toBeVisible();
});

test('a page not saved yet says so offline and lists what is saved', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/en/');
  await waitUntilSaved(page, corePages('en').length);
  await goOffline();
  const response = await page.goto('/en/quiz/q/fake-police-1/');
  expect(response?.status()).toBe(503);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('You are offline');
  await expect(page.getByText('call 110')).toBeVisible();
  // Each saved page says when it was saved.
  const year = String(new Date().getFullYear());
  await expect(page.locator('li', { has: page.getByRole('link', { name: /impersonating police/ }) }).first()).toContainText(
    new RegExp(`saved .*${year}`),
  );
  await page
    .getByRole('link', { name: /impersonating police/ })
    .first()
    .click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText('impersonating police');
});

test('a new deploy is picked up: fresh pages online, and the offline copy is replaced', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/');
  await waitUntilSaved(page, corePages('zh-CN').length);
  const before = await page.evaluate(async () => (await caches.keys()).filter((k) => k.startsWith('shizha-core-')));

  // Deploy: a lesson changes, and with it the worker's version.
  const lesson = path.join(site, 'zh-CN/cases/fake-police/index.html');
  // (Everywhere in the file: the page data React hydrates from holds the title too.)
  writeFileSync(lesson, readFileSync(lesson, 'utf8').replaceAll('冒充公检法类诈骗', '冒充公检法类诈骗（新版）'));
  const swFile = path.join(site, 'sw.js');
  writeFileSync(swFile, readFileSync(swFile, 'utf8').replace(/const VERSION = "[^"]+";/, 'const VERSION = "next-deploy";'));

  // Online, the page is fresh at once: pages come from the network first.
  await page.goto('/zh-CN/cases/fake-police/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗（新版）');

  // The browser finds the new worker; it takes over, drops the old copy and saves the new pages.
  await page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.update());
  await expect
    .poll(
      () =>
        page.evaluate(async () => {
          const keys = (await caches.keys()).filter((k) => k.startsWith('shizha-core-'));
          const saved = keys.length === 1 ? (await (await caches.open(keys[0]!)).keys()).length : 0;
          return `${keys.join()} ${saved > 20 ? 'filled' : 'filling'}`;
        }),
      { timeout: 30_000 },
    )
    .toBe('shizha-core-next-deploy filled');
  expect(before).not.toContain('shizha-core-next-deploy');

  await goOffline();
  await page.goto('/zh-CN/cases/fake-police/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗（新版）');
});

test('fifty searches later, every saved page of both languages still opens offline', { tag: '@phone' }, async ({ page }) => {
  const zh = corePages('zh-CN');
  const en = corePages('en');
  const lessons = (pages: string[]) => pages.filter((p) => /\/(cases|tools)\/[a-z0-9-]+\/$/.test(p));
  expect(lessons(zh).length + lessons(en).length).toBeGreaterThanOrEqual(2 * 15);
  await page.goto('/zh-CN/');
  await waitUntilSaved(page, zh.length);
  await page.goto('/en/');
  await waitUntilSaved(page, zh.length + en.length);

  // Fifty searches, each reading every result, as the search box does (Pagefind's index, WebAssembly and
  // fragments, all through the worker), half of them in each language's index.
  const words = {
    'zh-CN': [
      '诈骗',
      '转账',
      '公安',
      '贷款',
      '客服',
      '验证码',
      '银行卡',
      '冒充',
      '刷单',
      '投资',
      '退款',
      '征信',
      '警方',
      '老人',
      '学生',
      '屏幕共享',
      '二维码',
      '短信',
      '电话',
      '网络',
      '游戏',
      '交友',
      '中奖',
      '快递',
      '反诈',
    ],
    en: [
      'fraud',
      'transfer',
      'police',
      'loan',
      'service',
      'code',
      'bank',
      'impersonate',
      'rebate',
      'investment',
      'refund',
      'credit',
      'warning',
      'elderly',
      'student',
      'screen',
      'QR',
      'message',
      'call',
      'online',
      'game',
      'dating',
      'prize',
      'parcel',
      'app',
    ],
  };
  let searches = 0;
  for (const locale of ['zh-CN', 'en'] as const) {
    await page.goto(`/${locale}/search/`);
    searches += await page.evaluate(async (queries) => {
      type Pagefind = { init(): Promise<void>; search(q: string): Promise<{ results: { data(): Promise<unknown> }[] }> };
      const url = '/pagefind/pagefind.js';
      const pagefind = (await import(url)) as Pagefind;
      await pagefind.init();
      for (const q of queries) await Promise.all((await pagefind.search(q)).results.map((r) => r.data()));
      return queries.length;
    }, words[locale]);
  }
  expect(searches).toBe(50);
  // Search files have a cache of their own.
  const searchFiles = await page.evaluate(async () => {
    const name = (await caches.keys()).find((k) => k.startsWith('shizha-search-'));
    return name ? (await (await caches.open(name)).keys()).length : 0;
  });
  // More than one cache of 120 could hold with the saved pages: enough to have pushed pages out when
  // search shared their cache.
  expect(searchFiles + zh.length + en.length).toBeGreaterThan(120);

  await goOffline();
  // Every saved page of both languages answers from the worker (fetched from the page: the same worker
  // path as a visit, without a page load each), and a lesson of each opens as a page.
  const failed = await page.evaluate(
    async (paths) => {
      const bad: string[] = [];
      for (const p of paths) {
        const response = await fetch(p).catch(() => null);
        if (
          !response?.ok ||
          !(await response.text()).includes(p.endsWith('bank.json') ? '"id":' : p.endsWith('phrases.json') ? '"phrases":' : '<h1')
        )
          bad.push(p);
      }
      return bad;
    },
    [...zh, ...en],
  );
  expect(failed).toEqual([]);
  for (const path_ of [lessons(zh)[0]!, lessons(en).at(-1)!]) {
    await page.goto(path_);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
  }
});
