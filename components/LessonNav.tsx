import { Link } from '@/i18n/navigation';

interface Item {
  href: string;
  title: string;
}

/** Previous / next lesson, and the way back to the list. */
export function LessonNav({
  previous,
  next,
  all,
  labels,
}: {
  previous?: Item;
  next?: Item;
  all: Item;
  labels: { previous: string; next: string };
}) {
  return (
    <nav aria-label={all.title} className="no-print mt-12 grid gap-3 border-t border-line pt-6 sm:grid-cols-2">
      {previous && (
        <Link href={previous.href} className="block rounded-xl border-2 border-line p-4 no-underline" rel="prev">
          <span className="block text-base text-muted">← {labels.previous}</span>
          <span className="block font-bold text-ink">{previous.title}</span>
        </Link>
      )}
      {next && (
        <Link href={next.href} className="block rounded-xl border-2 border-line p-4 no-underline sm:col-start-2" rel="next">
          <span className="block text-base text-muted">{labels.next} →</span>
          <span className="block font-bold text-ink">{next.title}</span>
        </Link>
      )}
      <Link href={all.href} className="inline-flex min-h-11 items-center sm:col-span-2">
        {all.title}
      </Link>
    </nav>
  );
}
