import type { MessagesOf } from '@/i18n/client-messages';
import { fill } from '@/lib/quiz/fill';
import type { PlayableClue } from '@/lib/quiz/types';
import { localePath } from '@/lib/routes';

/** The clues marked on a message, numbered as the marks are, each with the lesson section that teaches it. */
export function ClueList({
  clues,
  genuine,
  messages: { scenario: labels },
  locale,
}: {
  clues: PlayableClue[];
  genuine: boolean;
  messages: MessagesOf<'scenario'>;
  locale: string;
}) {
  return (
    <section className="mb-4 rounded-xl border-2 border-line bg-paper p-3" data-clues={genuine ? 'genuine' : 'scam'}>
      <h3 className="text-lg font-bold">{genuine ? labels.cluesGenuine : labels.cluesScam}</h3>
      <ol className="mt-2 space-y-2">
        {clues.map((c, i) => (
          <li key={i} className="flex gap-2">
            <span
              aria-hidden="true"
              className="mt-1 inline-flex size-6 shrink-0 items-center justify-center rounded-full bg-brand-dark text-sm font-bold text-white"
            >
              {i + 1}
            </span>
            <span>
              <span className="sr-only">{fill(labels.clue, { n: i + 1 })} </span>
              <q className="font-bold">{c.span}</q> {c.reason}{' '}
              <a href={localePath(locale, c.href)} className="inline-flex min-h-11 items-center">
                {fill(labels.learn, { title: c.title })}
              </a>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}
