import type { Page } from '@playwright/test';
import { expect, test } from './fixtures';

async function printedPages(page: Page) {
  await page.emulateMedia({ media: 'print' });
  const pdf = await page.pdf({ format: 'A4', printBackground: true });
  return (pdf.toString('latin1').match(/\/Type\s*\/Page\b/g) ?? []).length;
}

test(
  'a lesson prints as a clean handout: no navigation, the 三不一多 box and a QR code back to the page',
  { tag: '@desktop' },
  async ({ page }) => {
    await page.goto('/zh-CN/cases/fake-loan/');
    await page.emulateMedia({ media: 'print' });
    await expect(page.locator('header')).toBeHidden();
    await expect(page.locator('footer')).toBeHidden();
    await expect(page.locator('[data-share-panel]')).toBeHidden();
    await expect(page.locator('#check')).toBeHidden();
    const footer = page.locator('[data-print-footer]');
    await expect(footer).toBeVisible();
    await expect(footer).toContainText('转账汇款多核实');
    await expect(footer.locator('img')).toBeVisible();
    await expect(page.locator('#method')).toBeVisible();
    await expect(page.locator('[data-source]').first()).toBeVisible();
    expect(await printedPages(page)).toBeLessThanOrEqual(3);
  },
);

test('on screen the handout footer stays out of the way', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/zh-CN/tools/nafc-app/');
  await expect(page.locator('[data-print-footer]')).toBeHidden();
});

test('the booklet prints all ten cases, each from a new sheet', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/zh-CN/cases/');
  await page.getByRole('link', { name: '打印全部十个骗局（小册子）' }).click();
  await expect(page.locator('main article')).toHaveCount(10);
  expect(await printedPages(page)).toBeGreaterThanOrEqual(10);
  // Ten lessons on one page: each section's id and label is its own, and its title sits under the lesson's.
  const ids = await page.locator('[id]').evaluateAll((els) => els.map((e) => e.id));
  expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  const fakePolice = page.locator('article[aria-labelledby="fake-police-title"]');
  await expect(fakePolice.getByRole('region', { name: '切记 5. 冒充公检法类诈骗' })).toHaveAttribute(
    'id',
    'fake-police-remember',
  );
  await expect(fakePolice.locator('h2')).toHaveCount(1);
});

test(
  '朗读 appears only where the browser has a voice for the language, and reads the lesson',
  { tag: '@desktop' },
  async ({ page }) => {
    await page.addInitScript(() => {
      const spoken: string[] = [];
      const voice = { lang: 'zh-CN', name: 'test', default: true, localService: true, voiceURI: 'test' };
      Object.defineProperty(window, 'speechSynthesis', {
        value: {
          getVoices: () => [voice],
          speak: (u: { text: string }) => spoken.push(u.text),
          cancel: () => undefined,
          addEventListener: () => undefined,
          removeEventListener: () => undefined,
        },
      });
      (window as unknown as { spoken: string[] }).spoken = spoken;
      (window as unknown as { SpeechSynthesisUtterance: unknown }).SpeechSynthesisUtterance = class {
        voice = null;
        lang = '';
        rate = 1;
        onend = null;
        constructor(public text: string) {}
      };
    });
    await page.goto('/zh-CN/cases/fake-police/');
    const button = page.getByRole('button', { name: '朗读' });
    await button.click();
    await expect(page.getByRole('button', { name: '停止朗读' })).toHaveAttribute('aria-pressed', 'true');
    const spoken = await page.evaluate(() => (window as unknown as { spoken: string[] }).spoken);
    expect(spoken[0]).toBe('冒充公检法类诈骗');
    expect(spoken.join('')).toContain('安全账户');

    await page.goto('/en/cases/fake-police/');
    await expect(page.locator('[data-read-aloud]'), 'no English voice, no button').toHaveCount(0);
  },
);
