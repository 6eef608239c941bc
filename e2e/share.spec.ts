import { expect, test } from './fixtures';

const WECHAT =
  'Mozilla/5.0 (Linux; Android 12; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MicroMessenger/8.0.33.2320(0x28002151) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN';

test.describe('inside WeChat at 375×667', () => {
  test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, userAgent: WECHAT });

  test(
    'the share panel says where the WeChat share menu is and offers link, QR and poster',
    { tag: '@phone' },
    async ({ page }) => {
      await page.goto('/zh-CN/cases/fake-police/');
      const panel = page.locator('[data-share-panel]');
      await panel.scrollIntoViewIfNeeded();
      await expect(panel.locator('img[data-qr]')).toBeVisible();
      await expect(panel.locator('img[data-poster]')).toBeVisible();
      await expect(panel).toContainText('长按');
      await expect(panel.locator('[data-wechat-menu-note]')).toContainText('右上角');
      await expect(panel.locator('[data-poster-download]'), 'no downloads inside WeChat').toHaveCount(0);
    },
  );

  test(
    'copy link puts the page address on the clipboard with a visible confirmation',
    { tag: '@phone' },
    async ({ page, context, browserName }) => {
      test.skip(browserName !== 'chromium');
      await context.grantPermissions(['clipboard-read', 'clipboard-write']);
      await page.goto('/zh-CN/law/articles/38/');
      await page.locator('[data-share-panel]').getByRole('button', { name: '复制链接' }).click();
      await expect(page.getByText('链接已复制')).toBeVisible();
      expect(await page.evaluate(() => navigator.clipboard.readText())).toMatch(/\/zh-CN\/law\/articles\/38\/$/);
    },
  );
});

test('outside WeChat there is no hint and the poster can be downloaded', { tag: '@desktop' }, async ({ page }) => {
  test.skip(/MicroMessenger/.test(await page.evaluate(() => navigator.userAgent)));
  await page.goto('/zh-CN/cases/fake-police/');
  await expect(page.locator('[data-wechat-hint]')).toHaveCount(0);
  await expect(page.locator('[data-poster-download]')).toBeVisible();
});

test('share images and posters are served as PNG', { tag: '@phone' }, async ({ request }) => {
  for (const url of [
    '/share/zh-CN/card.png',
    '/share/en/cases/romance/card.png',
    '/share/zh-CN/cases/fake-police/poster.png',
    '/share/zh-CN/quiz/q/law-1/card.png',
  ]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    expect(response.headers()['content-type'], url).toBe('image/png');
  }
});

test('a challenge link has its own share card', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/quiz/q/fake-boss-1/');
  await expect(page.locator('meta[property="og:image"]')).toHaveAttribute(
    'content',
    /\/share\/zh-CN\/quiz\/q\/fake-boss-1\/card\.png$/,
  );
  await expect(page.locator('meta[itemprop="image"]')).toHaveAttribute('content', /fake-boss-1\/card\.png$/);
});

test('sitemap and robots are published', { tag: '@phone' }, async ({ request }) => {
  const sitemap = await (await request.get('/sitemap.xml')).text();
  expect(sitemap).toContain('/zh-CN/cases/fake-loan/');
  expect(sitemap).toContain('/en/law/articles/38/');
  expect(await (await request.get('/robots.txt')).text()).toContain('Sitemap:');
});
