import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { filesUnder } from '../scripts/lib/files.mjs';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

interface BankItem {
  id: string;
  type: string;
  answer: string[];
  options: { id: string; text: string }[];
  trivia?: boolean;
}

/** Every item's right option ids, read from content/ — the test never guesses answers. */
function readBank(dir: string): Map<string, BankItem> {
  const bank = new Map<string, BankItem>();
  for (const full of filesUnder(dir)) {
    const { items } = JSON.parse(readFileSync(full, 'utf8')) as { items: BankItem[] };
    for (const item of items) bank.set(item.id, item);
  }
  return bank;
}
const BANK = readBank(path.join(import.meta.dirname, '../content/zh-CN/quiz'));

function item(id: string): BankItem {
  const found = BANK.get(id);
  if (!found) throw new Error(`no quiz item ${id} in content/`);
  return found;
}

/** Ticks the given options of a question (clicking their labels, as a reader would) and submits. */
async function answer(form: Locator, optionIds: string[]) {
  for (const id of optionIds) await form.locator(`label:has(input[value="${id}"])`).click();
  await form.getByRole('button', { name: '确定' }).click();
}

const current = (page: Page) => page.locator('form[data-question]');
const currentId = async (page: Page) => (await current(page).getAttribute('data-question'))!;

test.describe('self-test', () => {
  test('all right answers give full marks', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/zh-CN/quiz/');
    await page.getByRole('button', { name: '开始自测' }).click();
    for (let i = 1; i <= 20; i++) {
      await expect(page.getByRole('heading', { name: `第 ${i} / 20 题` })).toBeVisible();
      await answer(current(page), item(await currentId(page)).answer);
      await expect(page.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'correct');
      await expect(page.locator('[data-feedback]').locator('..')).toBeFocused();
      await page.getByRole('button', { name: i === 20 ? /看结果/ : /下一题/ }).click();
    }
    await expect(page.locator('[data-score]')).toHaveAttribute('data-score', '20/20');
    await expect(page.locator('[data-result]')).toHaveAttribute('data-result', 'excellent');
    await expect(page.getByText('没有答错的题。')).toBeVisible();
    await expect(page.getByRole('button', { name: /复习错题/ })).toHaveCount(0);
  });

  test('wrong answers give the right feedback and are listed as mistakes, then reviewed', { tag: '@phone' }, async ({ page }) => {
    await page.goto('/zh-CN/quiz/');
    await page.getByRole('button', { name: '开始自测' }).click();
    const missed: string[] = [];
    for (let i = 1; i <= 20; i++) {
      const id = await currentId(page);
      const { answer: right, options } = item(id);
      if (i <= 3) {
        await answer(current(page), [options.find((o) => !right.includes(o.id))!.id]);
        await expect(page.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'wrong');
        await expect(page.locator('[data-feedback]')).toContainText('正确答案：');
        missed.push(id);
      } else await answer(current(page), right);
      await page.getByRole('button', { name: i === 20 ? /看结果/ : /下一题/ }).click();
    }
    await expect(page.locator('[data-score]')).toHaveAttribute('data-score', '17/20');
    for (const id of missed) await expect(page.locator(`[data-missed="${id}"]`)).toBeVisible();
    await page.getByRole('button', { name: '复习错题（3道）' }).click();
    await expect(page.getByRole('heading', { name: /复习错题 · 第 1 \/ 3 题/ })).toBeVisible();
    expect(missed).toContain(await page.locator('form[data-question]').getAttribute('data-question'));
  });

  test('draws from the whole bank, and says so when the bank cannot be loaded', { tag: '@phone' }, async ({ page }) => {
    let fail = true;
    await page.route('**/quiz/bank.json', (route) => (fail ? route.fulfill({ status: 503, body: '' }) : route.continue()));
    await page.goto('/zh-CN/quiz/');
    await page.getByRole('button', { name: '开始自测' }).click();
    await expect(page.locator('main [role=alert]')).toContainText('题库没有加载成功');
    await expect(current(page)).toHaveCount(0);
    fail = false;
    const bank = page.waitForResponse('**/quiz/bank.json');
    await page.getByRole('button', { name: '开始自测' }).click();
    // Recall trivia stays in the lesson quizzes, out of the self-test.
    expect((await (await bank).json()).length).toBe([...BANK.values()].filter((i) => !i.trivia).length);
    await expect(page.getByRole('heading', { name: '第 1 / 20 题' })).toBeVisible();
    await expect(page.locator('main [role=alert]')).toHaveCount(0);
    // The page itself does not carry the bank: 20 sample questions for readers without JavaScript.
    const html = await (await page.request.get('/zh-CN/quiz/')).text();
    expect((html.match(/data-question="/g) ?? []).length).toBe(20);
  });

  test('a reload in the middle of an attempt gives the same questions in the same order', { tag: '@phone' }, async ({ page }) => {
    const order = (form: Locator) =>
      form.locator('input[name$="-answer"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join(''));
    await page.goto('/zh-CN/quiz/');
    await page.getByRole('button', { name: '开始自测' }).click();
    const first = await currentId(page);
    const options = await order(current(page));
    await answer(current(page), item(first).answer);
    await page.reload();
    await page.getByRole('button', { name: '开始自测' }).click();
    expect(await currentId(page)).toBe(first);
    expect(await order(current(page))).toBe(options);
  });

  test(
    'shuffles options per attempt, and puts a sure-but-wrong answer first without reassuring',
    { tag: '@phone' },
    async ({ page }) => {
      // Ten real items, so that every attempt draws all of them, and a repeatable Math.random.
      const ids = [...BANK.values()]
        .filter((i) => !i.trivia && i.options.length >= 4)
        .slice(0, 9)
        .map((i) => i.id);
      ids.push('fake-police-2');
      await smallBank(page, ids);
      await page.addInitScript(() => {
        let s = 7;
        Math.random = () => (s = (s * 16807) % 2147483647) / 2147483647;
      });
      const orderOf = (form: Locator) =>
        form.locator('input[name$="-answer"]').evaluateAll((els) => els.map((e) => (e as HTMLInputElement).value).join(''));

      const attempt = async (wrongSure: string | null) => {
        const orders = new Map<string, string>();
        for (let i = 1; i <= ids.length; i++) {
          const form = current(page);
          const id = await currentId(page);
          const before = await orderOf(form);
          orders.set(id, before);
          const { answer: right, options } = item(id);
          if (id === wrongSure) {
            await form.getByRole('radio', { name: '很有把握' }).check();
            await answer(form, [options.find((o) => !right.includes(o.id))!.id]);
          } else await answer(form, right);
          expect(await orderOf(form), 'the order holds within an attempt').toBe(before);
          await page.getByRole('button', { name: i === ids.length ? /看结果/ : /下一题/ }).click();
        }
        return orders;
      };

      await page.goto('/zh-CN/quiz/');
      await page.getByRole('button', { name: '开始自测' }).click();
      const first = await attempt('fake-police-2');
      await expect(page.locator('[data-score]')).toHaveAttribute('data-score', '9/10');
      // 90 % would be "excellent", but the reader was sure of a wrong answer.
      await expect(page.locator('[data-result]')).toHaveAttribute('data-result', 'fair');
      const sureWrong = page.locator('[data-sure-wrong]');
      await expect(sureWrong.getByRole('heading', { name: '很有把握却答错的题' })).toBeVisible();
      await expect(sureWrong.locator('[data-missed="fake-police-2"]')).toBeVisible();
      expect(await page.locator('[data-missed]').first().getAttribute('data-missed')).toBe('fake-police-2');

      await page.getByRole('button', { name: '再测一次' }).click();
      const second = await attempt(null);
      await expect(page.locator('[data-result]')).toHaveAttribute('data-result', 'excellent');
      await expect(page.locator('[data-sure-wrong]')).toHaveCount(0);
      const moved = ids.filter((id) => item(id).options.length >= 4 && first.get(id) !== second.get(id));
      expect(moved.length, 'items whose options were reordered').toBeGreaterThan(0);
      // Answers are option ids: a challenge link keeps the order of the bank.
      await page.goto(`/zh-CN/quiz/q/${ids[0]}/`);
      expect(await orderOf(page.locator(`form[data-question="${ids[0]}"]`))).toBe(
        item(ids[0]!)
          .options.map((o) => o.id)
          .join(''),
      );
    },
  );

  test(
    'calling every message a scam, or every one genuine, stays out of the top two bands',
    { tag: '@phone' },
    async ({ page }) => {
      // 4 genuine and 4 scam judgement items and 12 others: every attempt draws all 20.
      const pool = [...BANK.values()].filter((i) => !i.trivia);
      const says = (key: string) => pool.filter((i) => i.answer[0] === key).slice(0, 4);
      const others = pool.filter((i) => !['scam', 'genuine'].includes(i.answer[0]!)).slice(0, 12);
      await smallBank(
        page,
        [...says('genuine'), ...says('scam'), ...others].map((i) => i.id),
      );
      await page.goto('/zh-CN/quiz/');
      await page.getByRole('button', { name: '开始自测' }).click();
      for (const say of ['scam', 'genuine']) {
        for (let i = 1; i <= 20; i++) {
          const { answer: right } = item(await currentId(page));
          await answer(current(page), ['scam', 'genuine'].includes(right[0]!) ? [say] : right);
          await page.getByRole('button', { name: i === 20 ? /看结果/ : /下一题/ }).click();
        }
        // 16 of 20 would be "good", but half the messages were misjudged.
        await expect(page.locator('[data-score]')).toHaveAttribute('data-score', '16/20');
        await expect(page.locator('[data-result]')).toHaveAttribute('data-result', 'fair');
        await expect(page.locator('[data-side="scam"]')).toContainText(`识破骗局 ${say === 'scam' ? 4 : 0} / 4 条`);
        await expect(page.locator('[data-side="genuine"]')).toContainText(`相信真消息 ${say === 'genuine' ? 4 : 0} / 4 条`);
        if (say === 'scam') await page.getByRole('button', { name: '再测一次' }).click();
      }
    },
  );

  test('shows the questions and answers with JavaScript off', { tag: '@phone' }, async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto('/zh-CN/quiz/');
    const questions = page.locator('[data-question]');
    await expect(questions).toHaveCount(20);
    await questions.first().getByText('看答案和解释').click();
    await expect(questions.first()).toContainText('正确答案：');
    await context.close();
  });
});

/** A bank of the given real items only, so that every attempt draws all of them. */
async function smallBank(page: Page, ids: string[]) {
  await page.route('**/quiz/bank.json', async (route) => {
    const response = await route.fetch();
    const all = (await response.json()) as BankItem[];
    await route.fulfill({ response, json: all.filter((i) => ids.includes(i.id)) });
  });
}

for (const mode of ['normal', 'elder'] as const) {
  test(
    `the self-test's confidence question and sure-but-wrong result pass axe (${mode} mode)`,
    { tag: '@desktop' },
    async ({ page }) => {
      if (mode === 'elder') await page.addInitScript(() => localStorage.setItem('shizha.elder', '1'));
      const ids = ['fake-police-3', 'fake-police-2'];
      await smallBank(page, ids);
      await page.goto('/zh-CN/quiz/');
      if (mode === 'elder') await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
      await page.getByRole('button', { name: '开始自测' }).click();
      const violations: string[] = [];
      for (let i = 1; i <= ids.length; i++) {
        const form = current(page);
        const { answer: right, options } = item(await currentId(page));
        await form.getByRole('radio', { name: '很有把握' }).check();
        violations.push(...(await axeViolations(page, `question ${i}, sure ticked`)));
        await answer(form, [options.find((o) => !right.includes(o.id))!.id]);
        violations.push(...(await axeViolations(page, `question ${i}, answered`)));
        await page.getByRole('button', { name: i === ids.length ? /看结果/ : /下一题/ }).click();
      }
      await expect(page.locator('[data-sure-wrong] [data-missed]')).toHaveCount(2);
      violations.push(...(await axeViolations(page, 'result')));
      expect(violations).toEqual([]);
    },
  );
}

test('a challenge link opens its question, answerable at once', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/quiz/q/fake-police-1/');
  const form = page.locator('form[data-question="fake-police-1"]');
  await expect(form).toBeVisible();
  await answer(form, item('fake-police-1').answer);
  await expect(page.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'correct');
});

test(
  'every lesson quiz works and counts toward progress, which survives reload and corruption',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/');
    const lessons = await page
      .locator('section[aria-labelledby="cases-title"] a, section[aria-labelledby="tools-title"] a')
      .evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
    expect(lessons).toHaveLength(17);
    for (const href of lessons) {
      await page.goto(href);
      const check = page.locator('#check');
      await check.scrollIntoViewIfNeeded();
      const forms = check.locator('form[data-question]');
      const n = await forms.count();
      expect(n, href).toBeGreaterThanOrEqual(3);
      for (let i = 0; i < n; i++) {
        const form = forms.nth(i);
        await answer(form, item((await form.getAttribute('data-question'))!).answer);
        await expect(form.locator('[data-feedback]')).toHaveAttribute('data-feedback', 'correct');
      }
      await expect(check.getByRole('status')).toContainText('通过');
    }
    await page.goto('/zh-CN/');
    await expect(page.locator('[data-progress-cases]')).toHaveText('已学 10/10 个骗局');
    await page.reload();
    await expect(page.locator('[data-progress-cases]')).toHaveText('已学 10/10 个骗局');
    await expect(page.locator('[data-progress]')).toContainText('通过 17 个课后小测');

    await page.evaluate(() => localStorage.setItem('shizha.progress', '{"v":1,"read":"broken'));
    await page.reload();
    await expect(page.locator('[data-progress-cases]')).toHaveText('已学 0/10 个骗局');
    await page.goto('/zh-CN/quiz/');
    await expect(page.getByRole('button', { name: '开始自测' })).toBeVisible();
  },
);

test('progress can be reset', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/');
  await page.evaluate(() =>
    localStorage.setItem('shizha.progress', JSON.stringify({ v: 1, read: ['case:fake-loan'], checks: [], missed: [] })),
  );
  await page.reload();
  await expect(page.locator('[data-progress-cases]')).toHaveText('已学 1/10 个骗局');
  await page.getByRole('button', { name: '清除进度' }).click();
  await page.getByRole('button', { name: '确定清除' }).click();
  await expect(page.locator('[data-progress-cases]')).toHaveText('已学 0/10 个骗局');
});
