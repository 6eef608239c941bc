import { expect, openMenu, test } from './fixtures';

test.use({ javaScriptEnabled: false });

test('/ reaches the Chinese home with JavaScript off', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/');
  await expect(page).toHaveURL('/zh-CN/');
  await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
});

test('a lesson is fully readable with JavaScript off', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/cases/brushing-rebate/');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('刷单返利类诈骗');
  await expect(page.locator('#case')).toContainText('11万元');
  await expect(page.locator('#remember')).toContainText('所有刷单都是诈骗');
  await openMenu(page);
  await page.getByRole('link', { name: '十大骗局', exact: true }).click();
  await expect(page).toHaveURL('/zh-CN/cases/');
});

test('the language switch works with JavaScript off', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/law/');
  await openMenu(page);
  await page.getByRole('link', { name: 'Switch to English' }).click();
  await expect(page).toHaveURL('/en/law/');
});

test('controls that need JavaScript are not offered without it', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/');
  await openMenu(page);
  for (const toggle of await page.locator('[data-elder-toggle]').all()) await expect(toggle).toBeHidden();
  await expect(page.locator('[data-progress]')).toBeHidden();
  await page.goto('/zh-CN/quiz/');
  await expect(page.getByRole('button', { name: '开始自测' })).toBeHidden();
  await expect(
    page
      .getByRole('listitem')
      .filter({ has: page.locator('details') })
      .first(),
  ).toBeVisible();
});
