import { readFileSync } from 'node:fs';
import path from 'node:path';
import { expect, test } from './fixtures';

const OUT = path.join(import.meta.dirname, '../out');
const html = (href: string) => readFileSync(path.join(OUT, href, 'index.html'), 'utf8');
/** The first and the last: every lesson is one template; `npm run linkcheck` follows every link to them. */
const sample = <T>(list: T[]) => [list[0]!, list.at(-1)!];

test('the home page leads to every one of the ten case lessons', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/');
  await expect(page.locator('html')).toHaveAttribute('lang', 'zh-CN');
  await expect(page.getByRole('heading', { level: 2, name: '八个“凡是”' })).toBeVisible();
  await expect(page.locator('#fanshi-title + p + ol > li, #fanshi-title ~ ol > li')).toHaveCount(8);

  const cards = page.locator('section[aria-labelledby="cases-title"] li a');
  await expect(cards).toHaveCount(10);
  const titles = await cards.evaluateAll((links) =>
    links.map((a) => ({ href: a.getAttribute('href')!, title: a.querySelector('[data-card-title]')!.textContent!.trim() })),
  );
  expect(new Set(titles.map((t) => t.href)).size).toBe(10);
  // Every lesson as exported: its title, the six sections and the dated source.
  // (tests/lesson-structure.test.ts checks each one's three steps.)
  for (const { href, title } of titles) {
    const exported = html(href);
    expect(exported.match(/<h1[^>]*>([^<]*)<\/h1>/)?.[1], href).toBe(title);
    for (const id of ['audience', 'method', 'case', 'police-tip', 'remember', 'law'])
      expect(exported, `${title}: #${id}`).toContain(`id="${id}"`);
    expect(exported, href).toContain('data-source="nafc-handbook-2023"');
  }
  // Two of them walked to from the home page, as a reader does.
  for (const { href, title } of sample(titles)) {
    await page.goto('/zh-CN/');
    await page.locator(`section[aria-labelledby="cases-title"] a[href="${href}"]`).click();
    await expect(page).toHaveURL(href);
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(title);
    for (const id of ['audience', 'method', 'case', 'police-tip', 'remember', 'law-title']) {
      await expect(page.locator(`#${id}`), `${title}: #${id}`).toBeVisible();
    }
    await expect(page.locator('#method ol > li')).toHaveCount(3);
    await expect(page.locator('[data-source="nafc-handbook-2023"]').first()).toContainText('2023年');
  }
});

test('every tool lesson is reachable from the tools list', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/tools/');
  const links = page.locator('main li a');
  await expect(links).toHaveCount(7);
  const hrefs = await links.evaluateAll((as) => as.map((a) => a.getAttribute('href')!));
  for (const href of hrefs) {
    expect(html(href), href).toContain('id="what"');
    expect(html(href), href).toContain('data-source="nafc-handbook-2023"');
  }
  for (const href of sample(hrefs)) {
    await page.goto(href);
    await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
    await expect(page.locator('#what')).toBeVisible();
    await expect(page.locator('[data-source="nafc-handbook-2023"]').first()).toBeVisible();
  }
});

test(
  'a case lesson links to the law articles it cites, folded until the reader opens them',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/cases/fake-police/');
    const articleLink = page.locator('#law blockquote a').first();
    await expect(articleLink).toBeHidden();
    await page.locator('#law-title').click();
    const label = (await articleLink.textContent())!;
    await articleLink.click();
    await expect(page.getByRole('heading', { level: 1 })).toHaveText(label);
  },
);

test(
  'historical rules are marked with their date, never as current advice, and never as repealed',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/rules/');
    const sms = page.locator('section#sms');
    await expect(sms.getByRole('note')).toContainText('2017年1月24日');
    await expect(sms).toContainText('历史资料');
    const notice = page.locator('section#notice2016');
    await expect(notice.getByRole('note')).toContainText('2016年');
    // No source says any of these rules is no longer in force: dated, yes; "out of date", no.
    await expect(page.locator('main')).not.toContainText('已过时');
  },
);

test('the fake-police lesson shows all six “一律” that its advice announces', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/cases/fake-police/');
  const advice = page.locator('#advice');
  await expect(advice).toContainText('下面六个“一律”一定要牢记');
  const rules = advice.locator('ol[data-advice-rules] > li');
  await expect(rules).toHaveCount(6);
  await expect(rules.nth(0)).toContainText('陌生电话，只要提到银行卡的，一律挂掉');
  await expect(rules.nth(5)).toContainText('提到安全账户的，一律是诈骗');
  await expect(advice).toContainText('福建');
});

test('the 2017 text-message tips are not offered as a lesson’s rules to remember', { tag: '@phone' }, async ({ page }) => {
  await page.goto('/zh-CN/cases/fake-boss/');
  await expect(page.locator('#rules-title')).toBeVisible();
  await expect(page.locator('#rules')).toContainText('凡是');
  await expect(page.locator('#rules')).not.toContainText('十条防范短信');
  await expect(page.locator('#rules [role="note"]')).toHaveCount(0);
});

test(
  'a lesson’s steps carry one number each (the step badges, no list numbers beside them)',
  { tag: '@phone' },
  async ({ page }) => {
    await page.goto('/zh-CN/cases/fake-police/');
    const steps = page.locator('#method ol.steps');
    await expect(steps).toBeVisible();
    expect(await steps.evaluate((e) => getComputedStyle(e).listStyleType)).toBe('none');
    expect(
      await steps
        .locator('li')
        .first()
        .evaluate((e) => getComputedStyle(e, '::before').content),
    ).toMatch(/counter|"1"/);
  },
);
