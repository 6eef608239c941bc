import { expect, test } from './fixtures';

test('the language switch leads to the English home while English lessons are not there yet', async ({ page }) => {
  await page.goto('/zh-CN/cases/fake-loan/');
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL('/en/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page.getByRole('heading', { level: 1 })).toContainText('Shizha');
  await page.getByRole('link', { name: '切换到中文' }).click();
  await expect(page).toHaveURL('/zh-CN/');
});

test('the English home has English interface text and links to the Chinese lessons', async ({ page }) => {
  await page.goto('/en/');
  await expect(page.getByText('Skip to content')).toBeAttached();
  await expect(page.locator('footer')).toContainText('call 110');
  const lesson = page.locator('section[aria-labelledby="cases-title"] li a').first();
  await expect(lesson).toHaveAttribute('href', /^\/zh-CN\/cases\//);
  await expect(page.locator('section[aria-labelledby="cases-title"] li').first()).toHaveAttribute('lang', 'zh-CN');
});

test('an unknown address shows the 404 page in both languages', async ({ page }) => {
  const response = await page.goto('/zh-CN/no-such-page/');
  expect(response!.status()).toBe(404);
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('找不到这个页面');
  await expect(page.getByRole('heading', { name: 'Page not found' })).toBeVisible();
  await page.getByRole('link', { name: '回到首页' }).click();
  await expect(page).toHaveURL('/zh-CN/');
});

test('the sources page lists all five documents with dates', async ({ page }) => {
  await page.goto('/zh-CN/sources/');
  await expect(page.locator('main section[id]')).toHaveCount(5);
  await expect(page.locator('#zhejiang-2017')).toContainText('2017年1月24日');
  await expect(page.locator('#fujian-2020')).toContainText('96110-8');
});

test('every page type loads with no request to another origin', async ({ page }) => {
  for (const path of ['/', '/zh-CN/', '/en/', '/zh-CN/cases/', '/zh-CN/tools/nafc-app/', '/zh-CN/law/', '/zh-CN/law/qa/', '/zh-CN/rules/', '/zh-CN/checklist/', '/zh-CN/sources/']) {
    await page.goto(path);
    await page.waitForLoadState('networkidle');
  }
});
