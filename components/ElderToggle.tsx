'use client';

import { setElderMode, useElderMode } from '@/lib/elder';

/** The one visible switch for 关怀模式, on every page (a real toggle button for screen readers). */
export function ElderToggle({ label }: { label: string }) {
  const on = useElderMode();
  return (
    <button
      type="button"
      aria-pressed={on}
      onClick={() => setElderMode(!on)}
      className={`inline-flex min-h-11 items-center rounded-full border-2 px-3 text-base font-bold whitespace-nowrap ${on ? 'border-ink bg-ink text-white' : 'border-ink/70 text-ink'}`}
      data-elder-toggle
      data-needs-js
    >
      {label}
    </button>
  );
}

/** The home page's offer of the same mode, in words. */
export function ElderOffer({ title, text, turnOn, turnOff }: { title: string; text: string; turnOn: string; turnOff: string }) {
  const on = useElderMode();
  return (
    <section aria-labelledby="elder-title" className="mt-8 rounded-2xl border-2 border-ink p-4" data-elder-offer data-needs-js>
      <h2 id="elder-title" className="text-xl">
        {title}
      </h2>
      <p className="mt-1">{text}</p>
      <button
        type="button"
        aria-pressed={on}
        onClick={() => setElderMode(!on)}
        className="mt-3 min-h-14 rounded-xl bg-ink px-6 text-xl font-bold text-white"
      >
        {on ? turnOff : turnOn}
      </button>
    </section>
  );
}
