import type { Messages } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { LocaleContent } from '@/lib/content/model';
import { sessionSlides, slideMinutes, type Deck } from '@/lib/deck/build';
import { fill } from '@/lib/quiz/fill';
import { localePath, paths } from '@/lib/routes';
import { posterFor } from '@/lib/share';
import { SaveSession } from './SaveSession';

/** What a session needs offline: its deck, its lessons (the A4 handouts print from them) and the 宣讲 page that lists it. */
export const sessionUrls = (locale: Locale, id: string, decks: Deck[]) => [
  localePath(locale, paths.presentSession(id)),
  ...decks.map((d) => localePath(locale, d.lessonPath)),
  localePath(locale, paths.present()),
];

/** One ready-made session on the 宣讲 page: who it is for, its lessons with the handbook's line on who is at risk, how long, what to print. */
export function SessionCard({
  locale,
  id,
  decks,
  content,
  t,
}: {
  locale: Locale;
  id: keyof Messages['deck']['sessions'];
  decks: Deck[];
  content: LocaleContent;
  t: Messages['deck'];
}) {
  const { name, who } = t.sessions[id];
  const slides = sessionSlides(decks);
  const audience = (d: Deck) =>
    d.kind === 'case' ? content.cases.find((c) => c.slug === d.slug)?.frontmatter.audience : undefined;
  const posters = decks.flatMap((d) => {
    const poster = posterFor(locale, d.lessonPath);
    return poster ? [{ title: d.title, poster }] : [];
  });
  return (
    <section aria-labelledby={`session-${id}`} className="rounded-xl border-2 border-line p-4" data-session={id}>
      <h3 id={`session-${id}`} className="text-xl">
        {name}
      </h3>
      <p className="text-base text-muted">{who}</p>
      <p className="mt-1 font-bold">
        {fill(t.minutes, { minutes: slideMinutes(slides.map((s) => s.slide)), lessons: decks.length, slides: slides.length })}
      </p>
      <ol className="mt-2 list-decimal space-y-1 pl-6">
        {decks.map((d) => (
          <li key={d.lessonPath}>
            <a href={localePath(locale, paths.presentLesson(d.kind, d.slug))}>{d.title}</a>
            {audience(d) && <span className="block text-base text-muted">“{audience(d)}”</span>}
          </li>
        ))}
      </ol>
      <p className="mt-3">
        <a
          href={localePath(locale, paths.presentSession(id))}
          className="inline-flex min-h-11 items-center rounded-lg bg-brand px-4 py-2 font-bold text-white no-underline"
        >
          {t.start}
        </a>
      </p>
      <p className="mt-3 text-base">
        {t.handouts}{' '}
        {decks.map((d, i) => (
          <span key={d.lessonPath}>
            {i > 0 && ' · '}
            <a href={localePath(locale, d.lessonPath)}>{d.title}</a>
          </span>
        ))}
      </p>
      {posters.length > 0 && (
        <p className="mt-1 text-base">
          {t.posters}{' '}
          {posters.map((p, i) => (
            <span key={p.poster}>
              {i > 0 && ' · '}
              <a href={p.poster}>{fill(t.poster, { title: p.title })}</a>
            </span>
          ))}
        </p>
      )}
      <SaveSession
        name={`${locale}-${id}`}
        title={name}
        urls={sessionUrls(locale, id, decks)}
        labels={{ save: t.save, saving: t.saving, saved: t.saved, saveFailed: t.saveFailed }}
      />
    </section>
  );
}
