import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { cardText, hasPoster, shareCards, shareImageFor } from '@/lib/share';
import { shareImageUrl } from '@/lib/routes';
import { missingGlyphs } from '@/lib/share-fonts';
import { pagesOf } from '@/lib/content';

describe.each(routing.locales)('%s share images', (locale) => {
  const cards = shareCards(locale);

  it('exist for the home page, every case, tool, law page and quiz challenge', () => {
    const paths = cards.map((c) => c.path);
    expect(paths).toContain('/');
    for (const p of pagesOf(locale).filter((p) => /^\/(cases|tools|law|quiz\/q)\/./.test(p) && p !== '/cases/print/'))
      expect(paths).toContain(p);
  });

  it('draw every character they use with the embedded font (no boxes)', () => {
    const text = cards.map(cardText).join('');
    expect(missingGlyphs(text)).toEqual([]);
  });

  it("give every case's poster its key message, three steps with a line each, and the 切记 line", () => {
    const cases = cards.filter((c) => /^\/cases\/[a-z-]+\/$/.test(c.path));
    expect(cases).toHaveLength(10);
    for (const card of cases) {
      expect(hasPoster(card)).toBe(true);
      expect(card.lead, card.path).toBeTruthy();
      expect(card.steps, card.path).toHaveLength(3);
      for (const step of card.steps!) {
        expect(step.title.length, card.path).toBeGreaterThan(1);
        expect(step.line.length, card.path).toBeGreaterThan(step.title.length);
      }
      expect(card.remember?.text.length, card.path).toBeGreaterThan(10);
    }
  });

  it('fall back to the home image for pages without their own', () => {
    expect(shareImageFor(locale, '/sources/')).toBe(shareImageUrl(locale, '/'));
    expect(shareImageFor(locale, '/cases/fake-loan/')).toBe(shareImageUrl(locale, '/cases/fake-loan/'));
  });
});

describe('the glyph check', () => {
  it('reports characters the font cannot draw', () => {
    expect(missingGlyphs('反诈 ok 😀 𪚥')).toEqual(['😀', '𪚥']);
  });
});
