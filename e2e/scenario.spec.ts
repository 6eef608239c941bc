import { readFileSync } from 'node:fs';
import path from 'node:path';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

interface Item {
  id: string;
  answer: string[];
  genuine?: boolean;
  scenario: { channel: string; from: string; clues: { span: string; reason: string }[] };
}

const CONTENT = path.join(import.meta.dirname, '../content');
/** A scenario item as written in content/: spans and answers are read, never guessed. */
function item(locale: string, file: string, id: string): Item {
  const { items } = JSON.parse(readFileSync(path.join(CONTENT, locale, 'quiz', `${file}.json`), 'utf8')) as { items: Item[] };
  return items.find((i) => i.id === id)!;
}

const SUBMIT = { 'zh-CN': '确定', en: 'Check my answer' } as const;

for (const [locale, file, id] of [
  ['zh-CN', 'cases/fake-boss', 'fake-boss-4'],
  ['zh-CN', 'cases/fake-credit-record', 'fake-credit-record-21'],
  ['en', 'cases/fake-police', 'fake-police-23'],
] as const) {
  test(
    `${locale} ${id}: answering marks its numbered clues on the message, each with a reason and a lesson link`,
    { tag: '@phone' },
    async ({ page }) => {
      const it = item(locale, file, id);
      await page.goto(`/${locale}/quiz/q/${id}/`);
      const form = page.locator(`form[data-question="${id}"]`);
      const phone = form.locator(`[data-scenario="${it.scenario.channel}"]`);
      await expect(phone).toContainText(it.scenario.from);
      await expect(phone.locator('mark')).toHaveCount(0);
      await form.locator(`label:has(input[value="${it.answer[0]}"])`).click();
      await form.getByRole('button', { name: SUBMIT[locale] }).click();
      const marks = phone.locator('mark[data-clue]');
      await expect(marks).toHaveCount(it.scenario.clues.length);
      const list = form.locator(`[data-clues="${it.genuine ? 'genuine' : 'scam'}"] li`);
      await expect(list).toHaveCount(it.scenario.clues.length);
      for (const [i, clue] of it.scenario.clues.entries()) {
        await expect(phone.locator(`mark[data-clue="${i + 1}"]`)).toContainText(clue.span);
        await expect(list.nth(i)).toContainText(clue.reason);
        await expect(list.nth(i).getByRole('link')).toHaveAttribute('href', new RegExp(`^/${locale}/(cases|tools|rules|law)/`));
      }
    },
  );
}

test('a link in a message is shown as text, not as something to tap', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/quiz/q/rules-1/');
  const phone = page.locator('[data-scenario="sms"]');
  await expect(phone).toContainText('http://jf-duihuan.example');
  await expect(phone.locator('a')).toHaveCount(0);
});

test('without JavaScript the answer disclosure lists the clues', { tag: '@phone' }, async ({ browser, baseURL }) => {
  const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
  const page = await context.newPage();
  const it = item('zh-CN', 'cases/fake-boss', 'fake-boss-4');
  await page.goto('/zh-CN/quiz/q/fake-boss-4/');
  await page.locator('main summary').first().click();
  await expect(page.locator('details [data-clues="scam"] li')).toHaveCount(it.scenario.clues.length);
  await context.close();
});

test.describe('accessibility of answered scenarios', () => {
  for (const elder of [false, true]) {
    test(
      `axe finds nothing on an SMS, a chat and a call with their clues shown${elder ? ' in elder mode' : ''}`,
      { tag: '@desktop' },
      async ({ page }) => {
        test.setTimeout(300_000);
        if (elder) await page.addInitScript(() => localStorage.setItem('shizha.elder', '1'));
        const violations: string[] = [];
        for (const [file, id] of [
          ['cases/fake-loan', 'fake-loan-4'],
          ['cases/fake-boss', 'fake-boss-24'],
          ['tools/hotline-96110', 'hotline-96110-21'],
        ] as const) {
          const it = item('zh-CN', file, id);
          await page.goto(`/zh-CN/quiz/q/${id}/`);
          const form = page.locator(`form[data-question="${id}"]`);
          await form.locator(`label:has(input[value="${it.answer[0]}"])`).click();
          await form.getByRole('button', { name: '确定' }).click();
          await expect(form.locator('mark[data-clue]').first()).toBeVisible();
          violations.push(...(await axeViolations(page, id)));
        }
        expect(violations).toEqual([]);
      },
    );
  }
});
