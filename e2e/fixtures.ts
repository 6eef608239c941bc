import { test as base, expect, type Page } from '@playwright/test';

/**
 * Every test also proves the privacy promise: no request leaves our own origin,
 * and nothing sets a cookie.
 */
export const test = base.extend<{ offOrigin: string[]; projectTag: void }>({
  // A test says by tag which project runs it (playwright.config.ts); an untagged one fails here.
  projectTag: [
    async ({}, use, testInfo) => {
      expect(
        testInfo.tags.filter((t) => t === '@phone' || t === '@desktop'),
        'tag @phone or @desktop',
      ).not.toEqual([]);
      await use();
    },
    { auto: true },
  ],
  offOrigin: [
    async ({ page, baseURL }, use) => {
      const origin = new URL(baseURL!).origin;
      const requests: string[] = [];
      page.on('request', (request) => {
        const url = request.url();
        if (url.startsWith('data:') || url.startsWith('blob:')) return;
        if (new URL(url).origin !== origin) requests.push(url);
      });
      await use(requests);
      expect(requests, 'requests to other origins').toEqual([]);
      expect(await page.context().cookies(), 'cookies').toEqual([]);
    },
    { auto: true },
  ],
});

export { expect };

/**
 * On a phone the navigation, the language switch and 关怀模式 are in the header's menu: open it when its
 * button is showing (with or without JavaScript: it is a <details>). On a wide screen they are in the bar.
 */
export async function openMenu(page: Page) {
  const button = page.locator('[data-menu-button]');
  if ((await button.isVisible()) && (await page.locator('details[data-menu]').getAttribute('open')) === null)
    await button.click();
}
