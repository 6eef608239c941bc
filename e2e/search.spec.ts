import { axeViolations } from './axe';
import { expect, openMenu, test } from './fixtures';

test('a Chinese search finds the lesson and the section that teach it', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/search/');
  await page.getByLabel('搜索关键词').fill('安全账户');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(page.locator('[data-search-status]')).toHaveText(/找到 \d+ 个页面/);
  // Chinese is segmented into words: the fake-police lesson, which warns about the "safe account", is found
  // and its matching section is linked.
  const lesson = results.filter({ has: page.locator('a[href="/zh-CN/cases/fake-police/"]') });
  await expect(lesson).toHaveCount(1);
  await expect(lesson.locator('mark').first()).toContainText(/安全|账户/);
  expect(await axeViolations(page, 'results')).toEqual([]);
  const section = lesson.locator('a[href^="/zh-CN/cases/fake-police/#"]').first();
  await expect(section).toBeVisible();
  await section.click();
  await expect(page).toHaveURL(/\/zh-CN\/cases\/fake-police\/#.+/);
  const target = decodeURIComponent(new URL(page.url()).hash);
  await expect(page.locator(target)).toBeInViewport();
});

test('an English search finds English pages only', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/en/search/?q=safe%20account');
  const results = page.locator('[data-search-results] > li');
  await expect(results.first()).toBeVisible();
  await expect(results.locator('a[href="/en/cases/fake-police/"]')).toHaveCount(1);
  const hrefs = await results.locator('a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
  expect(hrefs.every((h) => h.startsWith('/en/'))).toBe(true);
  await expect(page.getByLabel('Search words')).toHaveValue('safe account');
});

test('a search with no match says so, and the page offers the lessons to browse', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/search/');
  await page.getByLabel('搜索关键词').fill('qwertyzxcv');
  await expect(page.locator('[data-search-status]')).toContainText('没有找到与“qwertyzxcv”相关的内容');
  await expect(page.locator('[data-search-results]')).toHaveCount(0);
  await expect(page.getByRole('link', { name: '十大骗局' }).last()).toBeVisible();
});

test('the search page is in the navigation', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/');
  await openMenu(page);
  await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '搜索' }).click();
  await expect(page).toHaveURL('/zh-CN/search/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('搜索');
});
