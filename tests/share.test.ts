import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { shareCards, shareImageFor, shareImageUrl } from '@/lib/share';
import { missingGlyphs } from '@/lib/share-fonts';
import { sitePaths } from '@/lib/site-paths';

describe.each(routing.locales)('%s share images', (locale) => {
  const cards = shareCards(locale);

  it('exist for the home page, every case, tool, law page and quiz challenge', () => {
    const paths = cards.map((c) => c.path);
    expect(paths).toContain('/');
    for (const p of sitePaths(locale).filter((p) => /^\/(cases|tools|law|quiz\/q)\/./.test(p) && p !== '/cases/print/'))
      expect(paths).toContain(p);
  });

  it('draw every character they use with the embedded font (no boxes)', () => {
    const text = cards.map((c) => `${c.kicker}${c.title}${(c.points ?? []).join('')}`).join('');
    expect(missingGlyphs(text)).toEqual([]);
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
