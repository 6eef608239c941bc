import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import { loadLocaleContent } from '@/lib/content/load';
import { allDecks, sessionDecks, sessionSlides, slideMinutes, type Slide } from '@/lib/deck/build';
import { deckQuestions, fitsSlide, isJudgement, scenarioWidth } from '@/lib/deck/questions';
import { SESSIONS } from '@/lib/deck/sessions';
import { LIMITS, splitText, textWidth } from '@/lib/deck/text';
import { CONTENT } from './helpers';

const decks = Object.fromEntries(routing.locales.map((l) => [l, allDecks(loadLocaleContent(l, CONTENT))]));

/** The texts a slide shows, each with the limit its kind allows. */
function measured(slide: Slide): [string, number][] {
  switch (slide.kind) {
    case 'title':
      return [[slide.lead, LIMITS.lead]];
    case 'step':
      return [
        [slide.line, LIMITS.line],
        [slide.text, LIMITS.body],
      ];
    case 'audience':
    case 'text':
    case 'section':
      return [[slide.text, LIMITS.body]];
    case 'remember':
      return [[slide.text, LIMITS.remember]];
    case 'vote':
      return [
        [slide.step.scenario.messages.map((m) => m.text ?? '').join(''), LIMITS.scenario],
        // A reveal that shows one choice gives its outcome the room of two.
        ...slide.step.choices
          .filter((_, i) => slide.revealed && (slide.choice === undefined || i === slide.choice))
          .map((c): [string, number] => [c.outcome, slide.choice === undefined ? LIMITS.outcome : 2 * LIMITS.outcome]),
      ];
    default:
      return [];
  }
}

describe('decks', () => {
  for (const locale of routing.locales) {
    it(`${locale}: every lesson has a deck, and no slide holds more text than its kind allows`, () => {
      expect(decks[locale]).toHaveLength(17);
      const over = decks[locale]!.flatMap((d) =>
        d.slides.flatMap((s, i) =>
          measured(s)
            .filter(([text, limit]) => textWidth(text) > limit)
            .map(([text]) => `${d.slug} #${i + 1} ${s.kind}: ${text}`),
        ),
      );
      expect(over).toEqual([]);
    });

    it(`${locale}: every case deck has its walkthrough as votes and two or three questions (one to three in a tool's or an English deck), each revealed on the next slide`, () => {
      for (const deck of decks[locale]!) {
        const questions = deck.slides.filter((s) => s.kind === 'question');
        // A tool's bank is small, and English messages run long: such a deck may have a single question
        // when only one message fits a slide.
        expect(questions.length, deck.slug).toBeGreaterThanOrEqual(deck.kind === 'case' && locale === 'zh-CN' ? 4 : 2);
        expect(questions.length, deck.slug).toBeLessThanOrEqual(6);
        if (deck.kind === 'case')
          expect(deck.slides.filter((s) => s.kind === 'vote').length, deck.slug).toBeGreaterThanOrEqual(6);
        deck.slides.forEach((s, i) => {
          if ((s.kind === 'vote' || s.kind === 'question') && !s.revealed)
            expect(deck.slides[i + 1]).toMatchObject({ kind: s.kind, revealed: true });
        });
        expect(deck.slides[0]!.kind).toBe('title');
        expect(deck.slides.at(-1)!.kind).toBe('closing');
      }
    });
  }

  it('every session is 2–4 lessons that exist, about 15–25 minutes, one vote and one question a lesson', () => {
    for (const locale of routing.locales) {
      const content = loadLocaleContent(locale, CONTENT);
      for (const s of SESSIONS) {
        expect(s.lessons.length).toBeGreaterThanOrEqual(2);
        expect(s.lessons.length).toBeLessThanOrEqual(4);
        const slides = sessionSlides(sessionDecks(content, s.lessons)).map((x) => x.slide);
        expect(slideMinutes(slides), `${locale} ${s.id}`).toBeGreaterThanOrEqual(14);
        expect(slideMinutes(slides), `${locale} ${s.id}`).toBeLessThanOrEqual(25);
        expect(slides.filter((x) => x.kind === 'closing')).toHaveLength(1);
        expect(slides.filter((x) => x.kind === 'vote' && !x.revealed).length).toBeLessThanOrEqual(s.lessons.length);
      }
    }
  });
});

describe('deckQuestions', () => {
  const scenario = (text: string, genuine = false) => ({
    channel: 'sms' as const,
    from: '10086',
    time: '10:00',
    messages: [{ side: 'them' as const, text }],
    clues: [{ span: text.slice(0, 2), reason: '理由', ref: { lesson: 'x' } }],
    genuine,
  });
  const item = (id: string, opts: string[], text = '短消息', genuine = false) => ({
    id,
    type: 'scenario' as const,
    prompt: 'p',
    options: opts.map((o) => ({ id: o, text: o })),
    answer: [opts[0]!],
    genuine,
    scenario: scenario(text, genuine) as never,
  });

  it('prefers judgement items, keeps a genuine one, skips what does not fit and items without a message', () => {
    const long = '很长的消息'.repeat(60);
    const items = [
      { ...item('a-1', ['a', 'b', 'c']), scenario: undefined },
      item('a-2', ['a', 'b', 'c']),
      item('a-3', ['a', 'b', 'c'], long),
      item('a-4', ['scam', 'genuine']),
      item('a-5', ['genuine', 'scam']),
      item('a-6', ['scam', 'genuine']),
      item('a-7', ['a', 'b'], '真的', true),
    ];
    expect(isJudgement(items[3]!)).toBe(true);
    expect(fitsSlide(items[2]!)).toBe(false);
    expect(scenarioWidth(items[2]!.scenario!)).toBeGreaterThan(LIMITS.scenario);
    expect(deckQuestions(items).map((i) => i.id)).toEqual(['a-4', 'a-5', 'a-7']);
    expect(deckQuestions(items.slice(0, 3)).map((i) => i.id)).toEqual(['a-2']);
  });
});

describe('splitText', () => {
  it('splits between sentences, each piece within the limit, nothing lost', () => {
    const text = '第一句话很短。第二句话也不长！第三句呢？第四句在这里。';
    const pieces = splitText(text, 15);
    expect(pieces).toEqual(['第一句话很短。第二句话也不长！', '第三句呢？第四句在这里。']);
    expect(splitText('One sentence here. Another one there.', 12)).toEqual(['One sentence here.', 'Another one there.']);
    const long = 'word '.repeat(100).trim();
    const split = splitText(long, 20);
    expect(split.every((p) => textWidth(p) <= 20)).toBe(true);
    expect(split.join(' ')).toBe(long);
  });
});
