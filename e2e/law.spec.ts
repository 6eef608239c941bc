import { expect, test } from './fixtures';

test('a deep link to 第三十八条 in the full text lands on that article', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/law/articles/#article-38');
  const article = page.locator('#article-38');
  await expect(article).toBeInViewport();
  await expect(article.getByRole('heading')).toHaveText('第三十八条');
  await expect(article).toContainText('处十日以上十五日以下拘留');
});

test('every article has its own page, linked to its neighbours', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/law/articles/38/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第三十八条');
  await expect(page.locator('main')).toContainText('第六章 法律责任');
  await page.getByRole('link', { name: /第三十九条/ }).click();
  await expect(page).toHaveURL('/zh-CN/law/articles/39/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('第三十九条');
});

test('the full text holds all 50 articles in 7 chapters', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/law/articles/');
  await expect(page.locator('article[id^="article-"]')).toHaveCount(50);
  await expect(page.locator('section[id^="chapter-"]')).toHaveCount(7);
  await expect(page.locator('#article-22')).toContainText('第二十二条');
  await expect(page.locator('main')).not.toContainText('條');
});

test(
  'the overview shows the law dates, its effect on daily life and the three groups of numbers',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/law/');
    await expect(page.locator('main')).toContainText('2022年9月2日');
    await expect(page.locator('main')).toContainText('2022年12月1日');
    await expect(page.locator('main')).toContainText('共7章50条');
    await expect(page.locator('#daily-life h3')).toHaveCount(6);
    await expect(page.locator('#numbers h3')).toHaveCount(3);
  },
);
