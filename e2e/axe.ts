import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** The WCAG 2.2 A and AA rules. */
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe-core over the page as it is now; one line per violation, naming where (`state`) and the first
 * three elements. Only violations are collected: axe reports passes node by node otherwise, which
 * costs seconds a page and is never read.
 */
export async function axeViolations(page: Page, state: string): Promise<string[]> {
  // options() replaces what withTags() set, so it comes first.
  const result = await new AxeBuilder({ page })
    .options({ resultTypes: ['violations'] })
    .withTags(TAGS)
    .analyze();
  return result.violations.map(
    (v) =>
      `${state}: ${v.id} ${v.nodes
        .map((n) => n.target.join(' '))
        .slice(0, 3)
        .join(', ')}`,
  );
}
