import { getMessages } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import type { Deck, Slide } from '@/lib/deck/build';
import { DECK_SCRIPT } from '@/lib/deck/script';
import { formatDate } from '@/lib/format';
import { localePath } from '@/lib/routes';
import { fill } from '@/lib/quiz/fill';
import { SlideBody, slideName, type SlideContext } from './SlideBody';

/**
 * A deck as the room sees it. Every slide is in the HTML: without JavaScript (and on paper) they stand
 * one after another, each a 16:9 box; with it the inline script shows one at a time, full screen.
 * Each slide is a labelled region; its presenter notes sit beside it, shown on request.
 */
export async function DeckView({
  locale,
  title,
  slides,
  exit,
  children,
  loader,
}: {
  locale: Locale;
  title: string;
  slides: { deck: Deck; slide: Slide }[];
  /** Where "exit" goes: the lesson, or the 宣讲 page for a session. */
  exit: string;
  /** Shown above the slides on the long page (a session's handouts and its save button). */
  children?: React.ReactNode;
  /** Where slides fetched in the browser go (a session of one's own). */
  loader?: React.ReactNode;
}) {
  const m = await getMessages();
  const t = m.deck;
  const base = {
    locale,
    t,
    lessonLabels: m.lesson,
    sourceLabels: m.source,
    walkthrough: m.walkthrough,
    scenario: { scenario: m.scenario },
    emergency: m.footer.emergency,
    sanbu: getContent(locale).ruleGroups.sanbu,
  };
  const of = slides.length;
  return (
    <div className="deck" data-deck tabIndex={-1}>
      <div className="deck-intro">
        <h1 className="text-3xl">{title}</h1>
        <p className="mt-2 text-base text-muted">{t.help}</p>
        <p className="mt-2 text-base text-muted" data-no-js>
          {t.noJs}
        </p>
        {children}
      </div>
      {slides.map(({ deck, slide }, i) => {
        const c: SlideContext = { ...base, source: deck.source };
        const label = fill(t.slideNamed, { n: i + 1, of, name: slideName(slide, c) });
        return (
          <div className="deck-frame" data-slide key={i}>
            <section className={`deck-slide deck-k-${slide.kind}`} aria-label={label} data-name={slideName(slide, c)}>
              <SlideBody slide={slide} c={c} />
              <p className="deck-count" aria-hidden="true">
                {i + 1} / {of}
              </p>
            </section>
            <aside className="deck-notes" data-deck-notes-panel aria-label={t.notesTitle}>
              {slide.notes && <p>{slide.notes}</p>}
              <p>
                {fill(m.source.title, { title: deck.source.title })} ·{' '}
                {fill(m.source.asOf, { date: formatDate(deck.source.date, locale) })}
              </p>
            </aside>
          </div>
        );
      })}
      {loader}
      <p className="sr-only" aria-live="polite" data-deck-live />
      <div className="deck-bar" data-needs-js>
        {(
          [
            ['previous', t.previous],
            ['next', t.next],
            ['full', t.fullscreen],
            ['notes', t.notes],
          ] as const
        ).map(([act, label]) => (
          <button key={act} type="button" data-deck-act={act}>
            {label}
          </button>
        ))}
        <a href={localePath(locale, exit)}>{t.exit}</a>
      </div>
      <script dangerouslySetInnerHTML={{ __html: DECK_SCRIPT }} />
    </div>
  );
}
