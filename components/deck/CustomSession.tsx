import type { Locale } from '@/i18n/routing';
import { localePath, paths } from '@/lib/routes';

/** "自己选课，组一场": tick lessons, and the custom session page puts their decks together, in the order ticked. */
export function CustomSession({
  locale,
  title,
  intro,
  start,
  lessons,
}: {
  locale: Locale;
  title: string;
  intro: string;
  start: string;
  lessons: { ref: string; title: string }[];
}) {
  return (
    <section aria-labelledby="custom-title" className="mt-8">
      <h2 id="custom-title" className="text-2xl">
        {title}
      </h2>
      <p className="mt-2 text-base text-muted">{intro}</p>
      <form action={localePath(locale, paths.presentCustom())} method="get" className="mt-3">
        <fieldset>
          <legend className="sr-only">{title}</legend>
          <ul className="grid gap-x-6 sm:grid-cols-2">
            {lessons.map((l) => (
              <li key={l.ref}>
                <label className="flex min-h-11 items-center gap-3">
                  <input type="checkbox" name="l" value={l.ref} className="size-6 shrink-0" />
                  {l.title}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="mt-3 min-h-11 rounded-lg bg-brand px-4 py-2 font-bold text-white">
          {start}
        </button>
      </form>
    </section>
  );
}
