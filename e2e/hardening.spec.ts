import type { Page } from '@playwright/test';
import { expect, openMenu, test } from './fixtures';

// The page keeps working when the browser misbehaves, and never speaks for a stranger.

/** Page errors and React's "Application error" screen would both be failures here. */
function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

test.describe('with storage that throws (private modes, some WebViews)', () => {
  test.beforeEach(async ({ page }) => {
    await page.addInitScript(() => {
      for (const name of ['localStorage', 'sessionStorage'])
        Object.defineProperty(window, name, {
          configurable: true,
          get() {
            throw new DOMException('The operation is insecure.', 'SecurityError');
          },
        });
    });
  });

  test(
    'lessons read, elder mode switches, and the footer says nothing will be remembered',
    { tag: '@phone' },
    async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/zh-CN/cases/fake-police/');
      await expect(page.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
      await openMenu(page);
      const toggle = page.locator('[data-elder-toggle]').filter({ visible: true });
      await toggle.click();
      await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
      await expect(toggle).toHaveAttribute('aria-pressed', 'true');
      await expect(page.locator('footer [data-storage-off]')).toContainText('关闭后不会记住');
      await expect(page.locator('[data-error-fallback]')).toHaveCount(0);
      expect(errors).toEqual([]);
    },
  );

  test(
    'the checklist ticks, decides the outcome and clears, and says the ticks last this visit only',
    { tag: '@phone' },
    async ({ page }) => {
      const errors = watchErrors(page);
      await page.goto('/zh-CN/checklist/');
      const outcome = page.locator('[data-outcome]');
      await expect(outcome).toHaveAttribute('data-outcome', 'none');
      const first = page.locator('fieldset input[type=checkbox]').first();
      await first.check();
      await expect(first).toBeChecked();
      await expect(outcome).toHaveAttribute('data-outcome', 'stop');
      await expect(page.locator('main [data-storage-off]')).toContainText('关闭后不会记住');
      await page.getByRole('button', { name: '清除勾选' }).click();
      await expect(first).not.toBeChecked();
      await expect(outcome).toHaveAttribute('data-outcome', 'none');
      expect(errors).toEqual([]);
    },
  );

  test('the evidence list and the self-test work', { tag: '@phone' }, async ({ page }) => {
    const errors = watchErrors(page);
    await page.goto('/zh-CN/help/');
    const box = page.locator('main input[type=checkbox]').first();
    await box.check();
    await expect(box).toBeChecked();
    await expect(page.locator('main [data-storage-off]')).toBeVisible();

    await page.goto('/zh-CN/quiz/');
    await page.getByRole('button', { name: '开始自测' }).click();
    const form = page.locator('form[data-question]');
    await expect(page.getByRole('heading', { name: '第 1 / 20 题' })).toBeVisible();
    await form.locator('label:has(input)').first().click();
    await form.getByRole('button', { name: '确定' }).click();
    await expect(page.getByRole('button', { name: /下一题/ })).toBeVisible();
    await expect(page.locator('[data-error-fallback]')).toHaveCount(0);
    expect(errors).toEqual([]);
  });
});

test('a crafted search link does not make the page say its sentence', { tag: '@phone' }, async ({ page }) => {
  // Words that match nothing, so the page answers "nothing found for …", the one place it repeats a query.
  const crafted = 'qzxv official notice: your account is frozen, call 4000000000 now to unfreeze it qzxv';
  await page.goto(`/zh-CN/search/?q=${encodeURIComponent(crafted)}`);
  const status = page.locator('[data-search-status]');
  // Loading the index and its WebAssembly takes a few seconds on a busy machine.
  await expect(status).toContainText('没有找到与“', { timeout: 20_000 });
  const shown = (await status.innerText()).match(/“([^”]*)”/)![1]!;
  expect(Array.from(shown.replace(/…$/, '')).length).toBeLessThanOrEqual(20);
  const text = await page.locator('body').innerText();
  expect(text).not.toContain('4000000000');
  expect(text).not.toContain('your account is frozen');
});

test(
  'where the engine refuses WebAssembly under the page policy, search says it cannot run',
  { tag: '@phone' },
  async ({ page }) => {
    // As in Chromium before 97, which does not know 'wasm-unsafe-eval'.
    await page.route('**/zh-CN/search/', async (route) => {
      const response = await route.fetch();
      const body = (await response.text()).replace(" 'wasm-unsafe-eval'", '');
      await route.fulfill({ response, body });
    });
    await page.goto('/zh-CN/search/');
    await page.getByLabel('搜索关键词').fill('安全账户');
    await expect(page.locator('[data-search-status]')).toHaveText('这个浏览器运行不了本站的搜索。可以直接浏览下面的课程。');
    await expect(page.getByRole('link', { name: '十大骗局' }).last()).toBeVisible();
  },
);

test('a part of a page that fails keeps the page text, with a note and a link home', { tag: '@phone' }, async ({ page }) => {
  // A speech engine that breaks when asked for its voices: the read-aloud button fails in an effect.
  await page.addInitScript(() => {
    Object.defineProperty(window, 'speechSynthesis', {
      configurable: true,
      value: {
        getVoices() {
          throw new Error('speech engine broken');
        },
        addEventListener() {},
        removeEventListener() {},
        cancel() {},
      },
    });
  });
  await page.goto('/zh-CN/cases/fake-police/');
  const fallback = page.locator('[data-error-fallback]');
  await expect(fallback.getByRole('alert')).toContainText('这一页出了点问题');
  await expect(fallback.getByRole('link', { name: '回到首页' })).toHaveAttribute('href', '/zh-CN/');
  await expect(fallback.getByRole('heading', { level: 1 })).toHaveText('冒充公检法类诈骗');
  await expect(page.locator('footer')).toContainText('110');
  await expect(page.getByText('Application error')).toHaveCount(0);
});
