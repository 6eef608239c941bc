import { expect, test } from './fixtures';

test('the English home shows the English edition', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByText('Skip to content')).toBeAttached();
  await expect(page.locator('footer')).toContainText('call 110');
  await expect(page.getByRole('heading', { level: 2, name: /whenever/ })).toBeVisible();
  const lessons = page.locator('section[aria-labelledby="cases-title"] li a');
  await expect(lessons).toHaveCount(10);
  await expect(lessons.first()).toHaveAttribute('href', /^\/en\/cases\//);
});

test('an unknown address shows the 404 page in both languages', { tag: '@phone' }, async ({ page }) => {
  const response = await page.goto('/zh-CN/no-such-page/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL('/zh-CN/');
});

test('the sources page lists all five documents with dates', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/sources/');
  await expect(page.locator('main section[id]')).toHaveCount(5);
  await expect(page.locator('#zhejiang-2017')).toContainText('2017年1月24日');
  await expect(page.locator('#fujian-2020')).toContainText('96110-8');
});

test('every page type loads with no request to another origin', { tag: '@phone' }, async ({ page }) => {
  for (const path of [
    '/',
    '/zh-CN/',
    '/en/',
    '/zh-CN/cases/',
    '/zh-CN/tools/nafc-app/',
    '/zh-CN/law/',
    '/zh-CN/law/qa/',
    '/zh-CN/rules/',
    '/zh-CN/checklist/',
    '/zh-CN/sources/',
  ]) {
    await page.goto(path);
    // `/` moves on to /zh-CN/ by a meta refresh once loaded: let it, so the next visit is not cut short.
    if (path === '/') await page.waitForURL('**/zh-CN/');
    await page.waitForLoadState('networkidle');
  }
});

test(
  'pages do not jump while the scripts take over (layout shift under 0.02)',
  { tag: ['@phone', '@desktop'] },
  async ({ page }) => {
    for (const path of ['/zh-CN/', '/zh-CN/cases/fake-police/', '/zh-CN/quiz/', '/zh-CN/checklist/', '/zh-CN/check/', '/en/']) {
      await page.goto(path);
      await page.waitForLoadState('networkidle');
      const shift = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            let total = 0;
            new PerformanceObserver((list) => {
              for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[])
                if (!e.hadRecentInput) total += e.value;
            }).observe({ type: 'layout-shift', buffered: true });
            setTimeout(() => resolve(total), 500);
          }),
      );
      expect(shift, path).toBeLessThan(0.02);
    }
  },
);
