import type { PlayableItem } from '@/lib/quiz/types';
import { fill } from '@/lib/quiz/fill';
import type { QuestionLabels } from '@/lib/quiz/labels';

/** A message or call shown the way the reader would see it on their phone. */
export function ScenarioView({ scenario, labels }: { scenario: NonNullable<PlayableItem['scenario']>; labels: QuestionLabels }) {
  const isCall = scenario.channel === 'call';
  return (
    <figure
      className="mb-4 overflow-hidden rounded-2xl border-2 border-line bg-wash"
      aria-label={labels.channel[scenario.channel]}
    >
      <figcaption className="flex items-center gap-2 border-b border-line bg-paper px-4 py-2 text-base">
        <span className="rounded bg-ink px-2 py-0.5 text-sm font-bold text-white">{labels.channel[scenario.channel]}</span>
        <span className="font-semibold">{fill(labels.from, { from: scenario.from })}</span>
      </figcaption>
      <div className="space-y-2 p-3">
        {scenario.messages.map((m, i) => (
          <p
            key={i}
            className={`max-w-[85%] rounded-2xl px-3 py-2 ${
              m.side === 'me' ? 'ml-auto bg-[#95ec69] text-ink' : isCall ? 'bg-paper italic' : 'bg-paper'
            }`}
          >
            {m.side === 'me' && <span className="sr-only">{labels.me}</span>}
            {m.text}
          </p>
        ))}
      </div>
    </figure>
  );
}
