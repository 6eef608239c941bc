import { expect, openMenu, test } from './fixtures';

test(
  '关怀模式 is one switch on every page, remembered across pages and reloads',
  { tag: ['@phone', '@desktop'] },
  async ({ page }) => {
    await page.goto('/zh-CN/cases/fake-loan/');
    const body = page.locator('body');
    const normal = await body.evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    await openMenu(page);
    const toggle = page.getByRole('button', { name: '关怀模式' });
    await expect(toggle).toHaveAttribute('aria-pressed', 'false');
    await toggle.click();
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    await expect(toggle).toHaveAttribute('aria-pressed', 'true');
    const large = await body.evaluate((b) => parseFloat(getComputedStyle(b).fontSize));
    expect(large).toBeGreaterThanOrEqual(24);
    expect(large).toBeGreaterThan(normal);

    await page.goto('/zh-CN/law/articles/38/');
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    await page.reload();
    await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
    // Main controls are at least 60px tall, and the navigation is shorter.
    await openMenu(page);
    const height = await page.getByRole('button', { name: '关怀模式' }).evaluate((b) => b.getBoundingClientRect().height);
    expect(height).toBeGreaterThanOrEqual(60);
    await expect(page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '反诈法' })).toBeHidden();

    await page.getByRole('button', { name: '关怀模式' }).click();
    await page.reload();
    await expect(page.locator('html')).not.toHaveAttribute('data-mode', 'elder');
  },
);

test('the home page offers 关怀模式 in words', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/');
  await page.getByRole('button', { name: '打开关怀模式' }).click();
  await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
  await expect(page.getByRole('button', { name: '关闭关怀模式' })).toBeVisible();
});

test('elder mode still reflows at 320px', { tag: '@phone' }, async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 640 });
  await page.goto('/zh-CN/');
  await page.evaluate(() => localStorage.setItem('shizha.elder', '1'));
  for (const path of ['/zh-CN/', '/zh-CN/cases/fake-loan/', '/zh-CN/help/', '/en/cases/fake-police/', '/en/sources/']) {
    await page.goto(path);
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});
