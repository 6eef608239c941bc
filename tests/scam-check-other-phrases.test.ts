import { describe, expect, it } from 'vitest';
import { routing, type Locale } from '@/i18n/routing';
import { loadLocaleContent } from '@/lib/content/load';
import { analyse, type Analysis, type ScamCheckRules } from '@/lib/scam-check/engine';
import { needsOtherPhrases } from '@/lib/scam-check/languages';
import { packPhrases, unpackPhrases } from '@/lib/scam-check/pack';
import { CONTENT } from './helpers';
import { hasFixture, loadFixture, seenSets } from './scam-check-evaluate';

/**
 * The page fetches the other languages' phrases (other-phrases.json) only when needsOtherPhrases() says the
 * text needs them. Every message of the development and sealed sets, in both languages, on both pages, reads the
 * same with the phrases the rule loads as with all of them: verdict, case types in order, signs and marks.
 */
const content = Object.fromEntries(routing.locales.map((l) => [l, loadLocaleContent(l, CONTENT).scamCheck])) as Record<
  Locale,
  ReturnType<typeof loadLocaleContent>['scamCheck']
>;
const SETS = ['eval', ...seenSets(), ...(routing.locales.some((l) => hasFixture('sealed', l)) ? ['sealed'] : [])];
const messages = routing.locales.flatMap((l) =>
  SETS.flatMap((set) => (hasFixture(set, l) ? loadFixture(set, l).map((item) => item.text) : [])),
);

/** What the reader sees: the verdict, the case types in order and how sure, the signs, the marks in the text. */
const seen = (a: Analysis) => ({
  verdict: a.verdict,
  cases: a.cases.map((c) => [c.slug, c.level, c.tied]),
  describes: a.describes,
  firstContact: a.firstContact,
  signals: a.signals,
  marks: a.hits.map((h) => [h.start, h.end, h.signal]),
});

describe.each(routing.locales)('the %s page', (locale) => {
  // As the page has them: packed against its signals and unpacked, its own first.
  const signals = content[locale].signals.map((s) => s.id);
  const page = (phrases: ScamCheckRules['phrases']) => unpackPhrases(packPhrases(phrases, signals), signals);
  const own = page(content[locale].phrases);
  const all = [...own, ...page(routing.locales.filter((l) => l !== locale).flatMap((l) => content[l].phrases))];
  const rules = (phrases: ScamCheckRules['phrases']): ScamCheckRules => ({ ...content[locale], phrases });
  const [withOwn, withAll] = [rules(own), rules(all)];

  it(`reads ${messages.length} messages the same with the phrases it loads as with every language's`, () => {
    expect(SETS.length).toBeGreaterThan(30);
    const differ = messages.filter((text) => {
      const loaded = needsOtherPhrases(locale, text) ? withAll : withOwn;
      return JSON.stringify(seen(analyse(loaded, [], text))) !== JSON.stringify(seen(analyse(withAll, [], text)));
    });
    expect(differ.map((text) => text.slice(0, 80))).toEqual([]);
    // Two readings of every evaluation message: about 2 s alone, more beside the type checker and the linter.
  }, 30_000);

  it('fetches the other phrases only for a text in another language', () => {
    const [chinese, english] = ['把钱转到安全账户', 'Move your money to a safe account'];
    expect(needsOtherPhrases(locale, chinese)).toBe(locale !== 'zh-CN');
    expect(needsOtherPhrases(locale, english)).toBe(locale !== 'en');
  });
});
