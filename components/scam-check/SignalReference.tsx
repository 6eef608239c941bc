import type { ScamCheckView } from './view';

/**
 * The common warning signs, readable without JavaScript. Drawn from the scam check's own props so each
 * explanation reaches the page once, not once for the list and again for the results.
 */
export function SignalReference({
  signals,
  sources,
  title,
  intro,
}: {
  signals: ScamCheckView['signals'];
  sources: ScamCheckView['sources'];
  title: string;
  intro: string;
}) {
  const reference = signals.filter((s) => s.weight >= 5).sort((a, b) => b.weight - a.weight || a.id.localeCompare(b.id));
  return (
    <section aria-labelledby="reference-title" className="mt-12">
      <h2 id="reference-title" className="text-2xl">
        {title}
      </h2>
      <p className="mt-1 text-muted">{intro}</p>
      <ul className="mt-3 space-y-2">
        {reference.map((s) => (
          <li key={s.id} id={`signal-${s.id}`} className="rounded-xl border-2 border-line p-3">
            <p className="font-bold">{s.label}</p>
            <p className="mt-1">{s.explain}</p>
            <p className="mt-1 text-base text-muted">{sources[s.source]}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
