import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

// A shared link opened inside WeChat on a 375×667 phone: the header is one compact row, and the page's
// title and its one-line key message are on the first screen, in normal mode and in 关怀模式.
const WECHAT =
  'Mozilla/5.0 (Linux; Android 12; Phone) AppleWebKit/537.36 (KHTML, like Gecko) Version/4.0 Chrome/107.0.5304.141 Mobile Safari/537.36 XWEB/5023 MicroMessenger/8.0.33.2320(0x28002151) WeChat/arm64 Weixin NetType/WIFI Language/zh_CN';

test.use({ viewport: { width: 375, height: 667 }, isMobile: true, hasTouch: true, userAgent: WECHAT });

const box = async (page: Page, selector: string) => (await page.locator(selector).first().boundingBox())!;
const elder = (page: Page) => page.addInitScript(() => window.localStorage.setItem('shizha.elder', '1'));

const FIRST_SCREEN = [
  // [page, what the key message under the title says]
  ['/zh-CN/cases/fake-police/', '公检法没有“安全账户”'],
  ['/en/cases/fake-loan/', 'Legitimate lenders charge nothing'],
  ['/zh-CN/tools/hotline-96110/', ''],
  ['/zh-CN/', ''],
  ['/zh-CN/quiz/', ''],
] as const;

for (const mode of ['normal', 'elder'] as const) {
  const limit = mode === 'normal' ? { header: 64, h1: 130 } : { header: 88, h1: 190 };
  test.describe(`in ${mode} mode`, () => {
    if (mode === 'elder') test.beforeEach(({ page }) => elder(page));
    for (const [path, lead] of FIRST_SCREEN) {
      test(`${path}: compact header, title and key message on the first screen`, { tag: '@phone' }, async ({ page }) => {
        await page.goto(path);
        if (mode === 'elder') await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
        const header = await box(page, 'header');
        expect(header.height, 'header height').toBeLessThanOrEqual(limit.header);
        const h1 = await box(page, 'h1');
        expect(h1.y, 'where the h1 starts').toBeLessThanOrEqual(limit.h1);
        await expect(page.locator('h1')).toBeInViewport({ ratio: 1 });
        if (lead) {
          const keyMessage = page.locator('h1 + p');
          await expect(keyMessage).toContainText(lead);
          await expect(keyMessage).toBeInViewport({ ratio: 1 });
        }
        // Nothing covers the title: the element at its centre is the title itself.
        const hit = await page.evaluate(({ x, y }) => document.elementFromPoint(x, y)?.closest('h1') !== null, {
          x: h1.x + 20,
          y: h1.y + h1.height / 2,
        });
        expect(hit).toBe(true);
      });
    }
  });
}

test(
  'a long lesson reaches its walkthrough, quiz and share panel before any reference text, which opens on demand',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/en/cases/fake-police/');
    const box = (selector: string) =>
      page
        .locator(selector)
        .first()
        .evaluate((e) => {
          const r = e.getBoundingClientRect();
          return { top: (r.top + window.scrollY) / 667, bottom: (r.bottom + window.scrollY) / 667 };
        });
    const [walkthrough, quiz, share] = [
      await box('[data-walkthrough-link]'),
      await box('#check'),
      await box('[data-share-panel]'),
    ];
    // The English lesson itself runs six screens (it was 15 to the quiz with the law and notes in between).
    expect(quiz.top, 'screens to the lesson quiz').toBeLessThan(7);
    expect(quiz.top - walkthrough.bottom, 'nothing between the walkthrough link and the quiz').toBeLessThan(0.2);
    for (const id of ['rules', 'law', 'advice']) {
      expect((await box(`#${id}-title`)).top, `#${id} after the quiz`).toBeGreaterThan(quiz.bottom);
      await expect(page.locator(`#${id}`)).toBeHidden();
    }
    // Folded to their titles, the reference parts leave the share panel close below the quiz.
    expect(share.top - quiz.bottom, 'screens from the quiz to the share panel').toBeLessThan(1.5);
    // A link to a folded part (a quiz clue's "learn more") opens it.
    await page.goto('/en/cases/fake-police/#advice');
    await expect(page.locator('#advice')).toBeVisible();
  },
);

test('关怀模式: large text across the full width, steps numbered above, 60px targets', { tag: '@phone' }, async ({ page }) => {
  await elder(page);
  await page.goto('/zh-CN/cases/fake-police/');
  const size = await page
    .locator('main p')
    .first()
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(22);
  // A step's text starts at the same left edge as the rest of the lesson, not behind a number column.
  const step = await box(page, '#method .steps > li > div');
  const main = await box(page, 'main h2');
  expect(Math.abs(step.x - main.x)).toBeLessThanOrEqual(2);
  expect(step.width).toBeGreaterThanOrEqual(375 - 2 * 24 - 2);
  for (const target of ['[data-help-link]', '[data-menu-button]']) {
    expect((await box(page, target)).height, target).toBeGreaterThanOrEqual(60);
  }
  await page.locator('[data-menu-button]').click();
  for (const link of await page.locator('[data-menu] nav a').all()) {
    if (await link.isVisible()) expect((await link.boundingBox())!.height).toBeGreaterThanOrEqual(60);
  }
});

test(
  'the menu opens and closes by touch and keyboard, and holds the navigation, language and 关怀模式',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/cases/fake-police/');
    const menu = page.locator('details[data-menu]');
    const button = page.locator('[data-menu-button]');
    const nav = page.getByRole('navigation', { name: '主导航' });
    await expect(button).toHaveText(/菜单/);
    await expect(nav).toBeHidden();

    await button.click();
    await expect(menu).toHaveAttribute('open', '');
    await expect(button).toHaveText(/关闭/);
    await expect(nav.getByRole('link')).toHaveCount(8);
    await expect(page.getByRole('link', { name: 'Switch to English' })).toBeVisible();
    await expect(page.getByRole('button', { name: '关怀模式' })).toBeVisible();
    // The open menu lies over the page; it does not push the lesson down.
    expect((await box(page, 'h1')).y).toBeLessThanOrEqual(130);
    expect(await axeViolations(page, 'open menu')).toEqual([]);

    await page.keyboard.press('Escape');
    await expect(menu).not.toHaveAttribute('open', '');
    await expect(button).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(menu).toHaveAttribute('open', '');
    await page.keyboard.press('Tab');
    await expect(nav.getByRole('link').first()).toBeFocused();

    // A tap outside it (on the page below the open panel) closes it.
    const panel = await box(page, '[data-menu] > div');
    await page.mouse.click(200, panel.y + panel.height + 40);
    await expect(menu).not.toHaveAttribute('open', '');

    await button.click();
    await nav.getByRole('link', { name: '三不一多' }).click();
    await expect(page).toHaveURL('/zh-CN/checklist/');
  },
);

test(
  'the share hint is shown once per device, at the foot of the screen, and never in 关怀模式',
  { tag: '@phone' },
  async ({ page, context }) => {
    await page.goto('/zh-CN/cases/fake-police/');
    const hint = page.locator('[data-wechat-hint]');
    await expect(hint).toBeVisible();
    await expect(hint).toContainText('右上角');
    const at = (await hint.boundingBox())!;
    expect(at.y + at.height).toBeCloseTo(667, 0);
    expect(at.height).toBeLessThanOrEqual(80);
    // Seen once: not on the next page, nor after a reload, nor in a new session on the same device.
    await page.goto('/zh-CN/cases/fake-loan/');
    await expect(page.locator('h1')).toBeVisible();
    await expect(hint).toHaveCount(0);
    const again = await context.newPage();
    await again.goto('/zh-CN/cases/romance/');
    await expect(again.locator('h1')).toBeVisible();
    await expect(again.locator('[data-wechat-hint]')).toHaveCount(0);
    // The share panel keeps the same advice for later.
    await expect(again.locator('[data-share-panel]').first()).toContainText('右上角');

    const fresh = await context.browser()!.newContext({ viewport: { width: 375, height: 667 }, userAgent: WECHAT });
    const older = await fresh.newPage();
    await older.addInitScript(() => window.localStorage.setItem('shizha.elder', '1'));
    await older.goto('/zh-CN/cases/fake-police/');
    await expect(older.locator('html')).toHaveAttribute('data-mode', 'elder');
    await expect(older.locator('h1')).toBeVisible();
    await expect(older.locator('[data-wechat-hint]')).toHaveCount(0);
    await fresh.close();
  },
);

// The lessons follow the 2023 handbook; the home and sources pages say, dated and with the report named,
// that a 2025 edition exists, and the notice fits the phone's width.
test('the home and sources pages carry the dated 2025-edition notice, in both languages', { tag: '@phone' }, async ({ page }) => {
  const dated = {
    'zh-CN': ['2025年6月19日法治日报', '2025年6月18日'],
    en: ['Legal Daily (法治日报) on 19 June 2025', '18 June 2025'],
  };
  for (const [locale, words] of Object.entries(dated)) {
    for (const path of [`/${locale}/`, `/${locale}/sources/`]) {
      await page.goto(path);
      const notice = page.locator('[data-notice="edition-2025"]');
      for (const w of words) await expect(notice, path).toContainText(w);
      expect((await notice.boundingBox())!.width, path).toBeLessThanOrEqual(375);
    }
  }
});
