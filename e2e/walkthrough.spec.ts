import { readFileSync } from 'node:fs';
import path from 'node:path';
import { routing } from '../i18n/routing';
import { axeViolations } from './axe';
import { expect, test } from './fixtures';

interface Choice {
  id: string;
  text: string;
  safe: boolean;
  outcome: string;
  next?: string;
  flag?: string;
}
interface WalkthroughFile {
  steps: { stage: string; choices: Choice[] }[];
}

const CONTENT = path.join(import.meta.dirname, '../content');
/** The walkthrough as written in content/: the test never guesses which choice is safe. */
const walkthrough = (locale: string, slug: string) =>
  JSON.parse(readFileSync(path.join(CONTENT, locale, 'walkthroughs', `${slug}.json`), 'utf8')) as WalkthroughFile;

const LABELS = {
  'zh-CN': { next: /下一步|看总结/, remember: '切记', lessonTitle: '冒充公检法类诈骗' },
  en: { next: /Next step|See the summary/, remember: 'Remember', lessonTitle: 'Scams impersonating police' },
} as const;

for (const locale of routing.locales) {
  for (const route of ['safe', 'risky'] as const) {
    test(
      `${locale}: a walkthrough taken with ${route} choices tells what happens at each step and ends on 切记`,
      { tag: '@phone' },
      async ({ page }) => {
        const { steps } = walkthrough(locale, 'fake-police');
        await page.goto(`/${locale}/cases/fake-police/drill/`);
        for (const [i, step] of steps.entries()) {
          const play = page.locator(`[data-walkthrough="play"][data-step="${i + 1}"]`);
          await expect(play.getByRole('heading', { level: 2 })).toContainText(step.stage);
          const choice = step.choices.find((c) => c.safe === (route === 'safe'))!;
          await play.getByRole('button', { name: choice.text, exact: true }).click();
          const live = play.locator('[aria-live="polite"]');
          await expect(live.locator(`[data-outcome="${route}"]`)).toContainText(choice.outcome);
          await expect(live).toContainText(route === 'safe' ? choice.next! : choice.flag!);
          // The choice is made: the other one can no longer be taken.
          const other = step.choices.find((c) => c.id !== choice.id)!;
          await expect(play.getByRole('button', { name: other.text, exact: true })).toBeDisabled();
          await expect(play.getByRole('button', { name: choice.text, exact: true })).toHaveAttribute('aria-pressed', 'true');
          await play.getByRole('button', { name: LABELS[locale].next }).click();
        }
        const done = page.locator('[data-walkthrough="done"]');
        await expect(done.locator('[data-walkthrough-score]')).toHaveAttribute(
          'data-walkthrough-score',
          `${route === 'safe' ? steps.length : 0}/${steps.length}`,
        );
        await expect(done.locator('[data-walkthrough-end]')).toContainText(LABELS[locale].remember);
        await expect(done.getByRole('link', { name: new RegExp(LABELS[locale].lessonTitle) })).toHaveAttribute(
          'href',
          `/${locale}/cases/fake-police/`,
        );
        // The heading takes the focus, so a screen reader starts on the summary.
        await expect(done.getByRole('heading', { level: 2 })).toBeFocused();
      },
    );
  }

  test(
    `${locale}: without JavaScript a walkthrough reads as a story with every outcome in a disclosure`,
    { tag: '@phone' },
    async ({ browser, baseURL }) => {
      const context = await browser.newContext({ baseURL, javaScriptEnabled: false });
      const page = await context.newPage();
      const { steps } = walkthrough(locale, 'romance');
      await page.goto(`/${locale}/cases/romance/drill/`);
      const story = page.locator('[data-walkthrough="story"]');
      await expect(story.locator('[data-step]')).toHaveCount(steps.length);
      await expect(story.locator('details')).toHaveCount(steps.reduce((n, s) => n + s.choices.length, 0));
      const risky = steps[2]!.choices.find((c) => !c.safe)!;
      const details = story.locator(`[data-step="3"] details[data-choice="${risky.id}"]`);
      await expect(details.locator('[data-outcome]')).toBeHidden();
      await details.locator('summary').click();
      await expect(details.locator('[data-outcome="risky"]')).toContainText(risky.outcome);
      await expect(story.locator('[data-walkthrough-end]')).toBeVisible();
      await context.close();
    },
  );

  test(`${locale}: a lesson and the home page link to the walkthroughs`, { tag: '@phone' }, async ({ page }) => {
    await page.goto(`/${locale}/cases/fake-police/`);
    await expect(page.locator('[data-walkthrough-link] a')).toHaveAttribute('href', `/${locale}/cases/fake-police/drill/`);
    await page.goto(`/${locale}/`);
    await expect(page.locator('#drills-title + p + ul a')).toHaveCount(10);
  });
}

test.describe('accessibility of the new states', () => {
  for (const elder of [false, true]) {
    test(
      `axe finds nothing on a walkthrough step, its outcome and its end${elder ? ' in elder mode' : ''}`,
      { tag: '@desktop' },
      async ({ page }) => {
        test.setTimeout(300_000);
        if (elder) await page.addInitScript(() => localStorage.setItem('shizha.elder', '1'));
        const { steps } = walkthrough('zh-CN', 'fake-boss');
        await page.goto('/zh-CN/cases/fake-boss/drill/');
        if (elder) await expect(page.locator('html')).toHaveAttribute('data-mode', 'elder');
        await expect(page.locator('[data-walkthrough="play"]')).toBeVisible();
        const violations = await axeViolations(page, 'step 1');
        for (const [i, step] of steps.entries()) {
          await page.getByRole('button', { name: step.choices[i % 2]!.text, exact: true }).click();
          await expect(page.locator('[data-outcome]')).toBeVisible();
          violations.push(...(await axeViolations(page, `step ${i + 1} outcome`)));
          await page.getByRole('button', { name: /下一步|看总结/ }).click();
        }
        violations.push(...(await axeViolations(page, 'end')));
        expect(violations).toEqual([]);
      },
    );
  }
});
