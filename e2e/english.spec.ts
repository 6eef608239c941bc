import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { filesUnder as files } from '../scripts/lib/files.mjs';
import { expect, openMenu, test } from './fixtures';

const OUT = path.join(import.meta.dirname, '../out');
const CONTENT = path.join(import.meta.dirname, '../content');
const zh: unknown = JSON.parse(readFileSync(path.join(import.meta.dirname, '../messages/zh-CN.json'), 'utf8'));

function strings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (typeof value === 'object' && value) return Object.values(value).flatMap(strings);
  return [];
}

test.describe('switching language keeps the reader on the same page', () => {
  for (const [from, label] of [
    ['/zh-CN/cases/fake-loan/', 'Switch to English'],
    ['/zh-CN/quiz/', 'Switch to English'],
    ['/zh-CN/law/articles/38/', 'Switch to English'],
  ] as const) {
    test(from, { tag: '@phone' }, async ({ page }) => {
      await page.goto(from);
      await openMenu(page);
      await page.getByRole('link', { name: label }).click();
      const to = from.replace('/zh-CN/', '/en/');
      await expect(page).toHaveURL(to);
      await expect(page.locator('html')).toHaveAttribute('lang', 'en');
      await openMenu(page);
      await page.getByRole('link', { name: '切换到中文' }).click();
      await expect(page).toHaveURL(from);
      await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
    });
  }

  test('every page names its other-language version (hreflang)', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/en/law/articles/38/');
    await expect(page.locator('link[rel=alternate][hreflang="zh-CN"]')).toHaveAttribute('href', /\/zh-CN\/law\/articles\/38\/$/);
    await expect(page.locator('link[rel=alternate][hreflang="en"]')).toHaveAttribute('href', /\/en\/law\/articles\/38\/$/);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Article 38');
    await expect(page.locator('main')).toContainText('unofficial translation');
  });
});

test('the English self-test can be completed with full marks', { tag: '@phone' }, async ({ page }) => {
  const bank = new Map<string, string[]>();
  for (const file of files(path.join(CONTENT, 'en/quiz'), '.json')) {
    for (const item of JSON.parse(readFileSync(file, 'utf8')).items as { id: string; answer: string[] }[])
      bank.set(item.id, item.answer);
  }
  const answer = async (form: Locator, ids: string[]) => {
    for (const id of ids) await form.locator(`label:has(input[value="${id}"])`).click();
    await form.getByRole('button', { name: 'Check my answer' }).click();
  };
  const current = (p: Page) => p.locator('form[data-question]');
  await page.goto('/en/quiz/');
  await page.getByRole('button', { name: 'Start the self-test' }).click();
  for (let i = 1; i <= 20; i++) {
    await expect(page.getByRole('heading', { name: `Question ${i} of 20` })).toBeVisible();
    const id = (await current(page).getAttribute('data-question'))!;
    await answer(current(page), bank.get(id)!);
    await expect(page.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'correct');
    await page.getByRole('button', { name: i === 20 ? /See my result/ : /Next question/ }).click();
  }
  await expect(page.locator('[data-score]')).toHaveText('20 of 20 right');
});

test(
  'a question quoting the law says the English is an unofficial translation, with and without JavaScript',
  { tag: '@phone' },
  async ({ page, browser }) => {
    const note = 'This English text is an unofficial translation; only the Chinese original is authoritative.';
    await page.goto('/en/quiz/q/law-2/');
    const form = page.locator('form[data-question]');
    await form.locator('label:has(input[value="d"])').click();
    await form.getByRole('button', { name: 'Check my answer' }).click();
    await expect(page.locator('[data-feedback]').getByRole('note')).toHaveText(note);
    // Its long explanation comes in two paragraphs, the article first.
    await expect(page.locator('[data-feedback] [data-explanation]')).toHaveCount(2);
    await expect(page.locator('[data-feedback] [data-explanation]').first()).toHaveText(/^Article 2: /);

    const context = await browser.newContext({ javaScriptEnabled: false });
    const noJs = await context.newPage();
    await noJs.goto('/en/quiz/q/fake-shopping-9/');
    await noJs.getByText('Show the answer and why').click();
    await expect(noJs.locator('[data-law-note]')).toHaveText(note);
    // A question that quotes no article, and the Chinese original, carry no such note.
    for (const other of ['/en/quiz/q/fake-police-1/', '/zh-CN/quiz/q/law-2/']) {
      await noJs.goto(other);
      await expect(noJs.locator('[data-question]')).toBeAttached();
      await expect(noJs.locator('[data-law-note]')).toHaveCount(0);
    }
    await context.close();
  },
);

test('no Chinese interface text is left on English pages', { tag: '@phone' }, () => {
  // Chinese that English content itself quotes as a gloss (e.g. “三不一多”) is not interface text.
  const glosses = files(path.join(CONTENT, 'en'), '')
    .map((f) => readFileSync(f, 'utf8'))
    .join('\n');
  const interfaceText = strings(zh).filter((s) => /\p{Script=Han}/u.test(s) && s.length >= 2 && !glosses.includes(s));
  const pages = files(path.join(OUT, 'en'), '.html');
  expect(pages.length).toBeGreaterThan(100);
  const leftovers: string[] = [];
  for (const file of pages) {
    // What a reader sees: scripts carry the router's payload (which embeds the bilingual 404 page),
    // and the switch to Chinese is Chinese on purpose (it is marked lang="zh-CN").
    const html = readFileSync(file, 'utf8')
      .replace(/<script\b[\s\S]*?<\/script>/g, '')
      .replace(/<a [^>]*lang="zh-CN"[^>]*>[^<]*<\/a>/g, '');
    for (const s of interfaceText) if (html.includes(s)) leftovers.push(`${path.relative(OUT, file)}: ${s}`);
  }
  expect(leftovers).toEqual([]);
});
