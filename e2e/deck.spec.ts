import type { Page } from '@playwright/test';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

// 宣讲模式: decks shown on a projector at 1280×720, driven by a clicker's keys. Desktop project only.
test.use({ viewport: { width: 1280, height: 720 } });

const CASES = [
  'brushing-rebate',
  'fake-boss',
  'fake-credit-record',
  'fake-customer-service',
  'fake-investment',
  'fake-loan',
  'fake-police',
  'fake-shopping',
  'game-trading',
  'romance',
];
const TOOLS = [
  'account-check',
  'anti-fraud-caller-id',
  'bank-card-check',
  'hotline-96110',
  'nafc-app',
  'phone-card-check',
  'sms-12381',
];
const DECKS = [...CASES.map((s) => `cases/${s}`), ...TOOLS.map((s) => `tools/${s}`)];

/** The slide on screen: the one labelled region that is visible. */
const current = (page: Page) => page.locator('[data-slide][data-current] > section');

async function slideNumber(page: Page) {
  return Number(new URL(page.url()).searchParams.get('s') ?? '1');
}

test(
  'a session driven by keyboard from the first slide to the last: a vote revealed, a question answered, the place kept on reload',
  { tag: '@desktop' },
  async ({ page }) => {
    await page.goto('/zh-CN/present/');
    const card = page.locator('[data-session="students"]');
    await card.getByRole('link', { name: '开始宣讲' }).click();
    await expect(current(page)).toHaveAttribute('aria-label', /^第 1 张，共 (\d+) 张：/);
    const total = Number(/共 (\d+) 张/.exec((await current(page).getAttribute('aria-label'))!)![1]);
    expect(total).toBeGreaterThan(30);
    // The page's header and footer are out of the way; one slide fills the 16:9 screen.
    await expect(page.locator('body > header')).toBeHidden();
    const box = (await current(page).boundingBox())!;
    expect([box.x, box.y, box.width, box.height].map(Math.round)).toEqual([0, 0, 1280, 720]);

    const keys = ['ArrowRight', 'PageDown', ' '];
    let sawVote = false;
    let sawAnswer = false;
    for (let n = 1; n < total; n += 1) {
      const section = current(page);
      const kind = (await section.getAttribute('class'))!;
      if (kind.includes('deck-k-vote') && (await section.locator('.deck-outcomes').count()) === 0 && !sawVote) {
        // The room votes on A or B with the message on the phone; the next press shows what happened.
        await expect(section.locator('[data-scenario]')).toBeVisible();
        await expect(section.locator('.deck-choices > li')).toHaveCount(2);
        await page.keyboard.press('PageDown');
        await expect(current(page).locator('.deck-outcomes > li[data-safe="true"]')).toContainText('这样做是安全的');
        await expect(current(page).locator('.deck-outcomes > li[data-safe="false"]')).toContainText('这一步有风险');
        sawVote = true;
        continue;
      }
      if (kind.includes('deck-k-question') && !sawAnswer) {
        await expect(section.locator('mark[data-clue]')).toHaveCount(0);
        await page.keyboard.press('ArrowRight');
        await expect(current(page).locator('.deck-answer')).toContainText('答案：');
        await expect(current(page).locator('mark[data-clue]').first()).toBeVisible();
        sawAnswer = true;
        continue;
      }
      await page.keyboard.press(keys[n % keys.length]!);
      await expect(current(page)).toHaveAttribute('aria-label', new RegExp(`^第 ${n + 1} 张，共 ${total} 张`));
    }
    expect(sawVote && sawAnswer).toBe(true);
    // The last slide: 三不一多, 110 and 96110, a QR code to each lesson of the session.
    await expect(current(page)).toHaveClass(/deck-k-closing/);
    await expect(current(page)).toContainText('96110');
    await expect(current(page).locator('.deck-qr img')).toHaveCount(3);
    await expect(page.locator('[data-deck-live]')).toHaveText(new RegExp(`^第 ${total} 张`));
    await page.keyboard.press('PageDown');
    expect(await slideNumber(page)).toBe(total);

    // A reload keeps the place; back, Home and End move as a clicker expects.
    await page.reload();
    await expect(current(page)).toHaveClass(/deck-k-closing/);
    await page.keyboard.press('PageUp');
    expect(await slideNumber(page)).toBe(total - 1);
    await page.keyboard.press('Home');
    await expect(current(page)).toHaveAttribute('aria-label', /^第 1 张/);
    await page.keyboard.press('ArrowLeft');
    expect(await slideNumber(page)).toBe(1);
    // A tap on the right half goes on, on the left half back.
    await page.mouse.click(1000, 360);
    await expect.poll(() => slideNumber(page)).toBe(2);
    await page.mouse.click(200, 360);
    await expect.poll(() => slideNumber(page)).toBe(1);
    // N shows the presenter's notes: the source and its date.
    await page.keyboard.press('n');
    await expect(page.locator('[data-slide][data-current] .deck-notes')).toContainText('2023');
  },
);

test('every lesson links its deck, and the walkthrough page too', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/zh-CN/cases/fake-police/');
  await page.locator('[data-deck-link]').click();
  await expect(page).toHaveURL(/\/zh-CN\/present\/cases\/fake-police\/$/);
  await expect(current(page).locator('h2')).toHaveText('冒充公检法类诈骗');
  await page.goto('/en/tools/hotline-96110/');
  await page.locator('[data-deck-link]').click();
  await expect(current(page).locator('h2')).toHaveText('96110 anti-fraud warning line (96110预警劝阻专线)');
  await page.goto('/zh-CN/cases/romance/drill/');
  await expect(page.locator('[data-deck-link]')).toHaveAttribute('href', '/zh-CN/present/cases/romance/');
});

test('a session of ticked lessons runs as one deck', { tag: '@desktop' }, async ({ page }) => {
  await page.goto('/zh-CN/present/');
  await page.getByLabel('婚恋、交友类诈骗').check();
  await page.getByLabel('96110预警劝阻专线').check();
  await page.getByRole('button', { name: '开始这一场' }).click();
  await expect(current(page)).toHaveAttribute('aria-label', /^第 1 张，共 \d+ 张：婚恋、交友类诈骗/);
  await page.keyboard.press('End');
  await expect(current(page).locator('.deck-qr img')).toHaveCount(2);
});

for (const size of [
  { width: 1280, height: 720 },
  { width: 1920, height: 1080 },
]) {
  test(
    `every slide of every deck fits its slide and the screen at ${size.width}×${size.height}, no text under 28px at 1280`,
    { tag: '@desktop' },
    async ({ page }) => {
      test.setTimeout(180_000);
      await page.setViewportSize(size);
      const minimum = (28 * size.width) / 1280;
      const problems: string[] = [];
      for (const locale of ['zh-CN', 'en']) {
        for (const deck of DECKS) {
          await page.goto(`/${locale}/present/${deck}/`);
          const found = await page.evaluate((min) => {
            const out: string[] = [];
            const frames = [...document.querySelectorAll<HTMLElement>('[data-slide]')];
            const screen = { w: innerWidth, h: innerHeight };
            frames.forEach((frame, i) => {
              frames.forEach((f) => f.removeAttribute('data-current'));
              frame.setAttribute('data-current', '');
              const slide = frame.querySelector('section')!;
              const box = slide.getBoundingClientRect();
              const at = `#${i + 1} ${slide.className.replace('deck-slide ', '')}`;
              if (box.left < -0.5 || box.top < -0.5 || box.right > screen.w + 0.5 || box.bottom > screen.h + 0.5)
                out.push(`${at}: off screen`);
              if (slide.scrollHeight > slide.clientHeight + 1 || slide.scrollWidth > slide.clientWidth + 1) {
                out.push(`${at}: overflows by ${slide.scrollHeight - slide.clientHeight}px`);
              }
              for (const el of slide.querySelectorAll<HTMLElement>('*')) {
                const r = el.getBoundingClientRect();
                if (r.width === 0 || el.closest('.sr-only')) continue;
                if (r.bottom > box.bottom + 1 || r.right > box.right + 1 || r.left < box.left - 1 || r.top < box.top - 1) {
                  out.push(`${at}: <${el.tagName.toLowerCase()}> "${(el.textContent ?? '').slice(0, 30)}" outside the slide`);
                  break;
                }
              }
              const walker = document.createTreeWalker(slide, NodeFilter.SHOW_TEXT);
              for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                const parent = node.parentElement!;
                if (!node.textContent!.trim() || parent.closest('.sr-only, [aria-hidden="true"]')) continue;
                const size = parseFloat(getComputedStyle(parent).fontSize);
                if (size < min - 0.5) {
                  out.push(`${at}: "${node.textContent!.trim().slice(0, 30)}" at ${size.toFixed(1)}px`);
                  break;
                }
              }
            });
            return out;
          }, minimum);
          problems.push(...found.map((f) => `${locale} ${deck} ${f}`));
        }
      }
      expect(problems).toEqual([]);
    },
  );
}

test(
  'without JavaScript a deck is a long page of slides; printed, one slide a landscape page',
  { tag: '@desktop' },
  async ({ browser }) => {
    const context = await browser.newContext({ javaScriptEnabled: false, viewport: { width: 1280, height: 720 } });
    const page = await context.newPage();
    await page.goto('/zh-CN/present/cases/fake-police/');
    const slides = page.locator('[data-slide] > section');
    const count = await slides.count();
    expect(count).toBeGreaterThan(15);
    for (const i of [0, count - 1]) await expect(slides.nth(i)).toBeVisible();
    await expect(page.getByRole('region', { name: /^第 2 张，共 \d+ 张：谁最容易被骗/ })).toBeVisible();
    const pdf = await page.pdf({ preferCSSPageSize: true });
    const pages = pdf.toString('latin1').match(/\/Type\s*\/Page[^s]/g) ?? [];
    expect(pages).toHaveLength(count);
    const size = /\/MediaBox\s*\[\s*0 0 ([\d.]+) ([\d.]+)\s*\]/.exec(pdf.toString('latin1'));
    expect(Number(size![1])).toBeGreaterThan(Number(size![2]));
    await context.close();
  },
);

test('axe: a deck slide of every kind, and the 宣讲 page', { tag: '@desktop' }, async ({ page }) => {
  const violations: string[] = [];
  await page.goto('/zh-CN/present/');
  violations.push(...(await axeViolations(page, '宣讲')));
  await page.goto('/zh-CN/present/cases/fake-loan/');
  const classes = await page.locator('[data-slide] > section').evaluateAll((s) => s.map((e) => e.className));
  const seen = new Set<string>();
  for (const [i, c] of classes.entries()) {
    const key = c + (classes[i - 1] === c ? ' revealed' : '');
    if (seen.has(key)) continue;
    seen.add(key);
    await page.goto(`/zh-CN/present/cases/fake-loan/?s=${i + 1}`);
    violations.push(...(await axeViolations(page, `slide ${i + 1} ${c}`)));
  }
  expect(seen.size).toBeGreaterThanOrEqual(9);
  expect(violations).toEqual([]);
});
