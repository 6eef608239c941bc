'use client';

import type { MessagesOf } from '@/i18n/client-messages';
import { createIdSetStore, useHydrated } from '@/lib/local-store';
import { fill } from '@/lib/quiz/fill';
import { PrintButton } from './PrintButton';
import { ShareActions } from './share/ShareActions';
import { StorageNote } from './StorageNote';

const ticks = createIdSetStore('shizha.checklist');

interface Point {
  id: string;
  title: string;
  why: string;
  checks: { id: string; question: string; stop: string }[];
}

/**
 * The 三不一多 checks as tick boxes. Native checkboxes work without JavaScript too (and print as
 * ticked); with it, ticks are kept in this browser and the outcome follows them.
 */
export function ChecklistTool({
  points,
  outcome,
  messages,
}: {
  points: Point[];
  outcome: { title: string; steps: string[] };
  messages: MessagesOf<'checklist' | 'checklistTool' | 'storage'>;
}) {
  const labels = messages.checklistTool;
  const hydrated = useHydrated();
  const ticked = ticks.use();
  const all = points.flatMap((p) => p.checks.map((c) => c.id));
  const count = ticked.filter((id) => all.includes(id)).length;

  return (
    <div data-print-card>
      {points.map((point) => (
        <fieldset
          key={point.id}
          id={point.id}
          className="mt-8 scroll-mt-4 rounded-2xl border-2 border-line p-4 print:mt-1 print:break-inside-avoid print:border print:p-1"
        >
          <legend className="px-1 text-2xl font-bold text-brand-dark print:text-lg">{point.title}</legend>
          <p className="mb-3 text-muted print:hidden">{point.why}</p>
          <ul className="space-y-3 print:space-y-0">
            {point.checks.map((check) => {
              const on = hydrated && ticked.includes(check.id);
              return (
                <li
                  key={check.id}
                  id={check.id}
                  className={`rounded-xl border-2 p-3 print:border-0 print:p-0 ${on ? 'border-brand bg-brand-wash' : 'border-line'}`}
                >
                  <label className="flex cursor-pointer items-start gap-3">
                    <input
                      key={hydrated ? 'live' : 'static'}
                      type="checkbox"
                      name={check.id}
                      checked={hydrated ? on : undefined}
                      onChange={hydrated ? () => ticks.toggle(check.id) : undefined}
                      className="mt-1.5 size-6 shrink-0 accent-[var(--color-brand)] print:mt-0.5 print:size-4"
                    />
                    <span className="text-lg font-bold print:text-base print:font-normal">{check.question}</span>
                  </label>
                  <p className={`mt-2 pl-9 print:hidden ${on ? 'font-bold text-brand-dark' : ''}`}>
                    <span className="font-bold">{messages.checklist.ifYes}</span>
                    {check.stop}
                  </p>
                </li>
              );
            })}
          </ul>
        </fieldset>
      ))}

      <section
        aria-labelledby="outcome-title"
        id="outcome"
        className="mt-8 rounded-2xl border-2 border-brand bg-brand-wash p-4 print:mt-2 print:break-inside-avoid print:p-2"
      >
        <h2 id="outcome-title" className="text-2xl">
          {outcome.title}
        </h2>
        {hydrated && (
          <p
            role="status"
            className={`mt-2 text-xl font-bold ${count ? 'text-brand-dark' : 'text-ink'}`}
            data-outcome={count ? 'stop' : 'none'}
          >
            {count ? fill(labels.outcomeStop, { count }) : labels.outcomeNone}
          </p>
        )}
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg print:mt-1 print:space-y-0 print:text-sm">
          {outcome.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>

      {hydrated && (
        <div className="no-print mt-6 flex flex-wrap items-center gap-3">
          <PrintButton label={labels.print} />
          <ShareActions labels={{ copy: labels.copyLink, copied: labels.copied }} inline />
          {count > 0 && (
            <button type="button" onClick={ticks.reset} className="min-h-12 rounded-xl border-2 border-line px-5">
              {labels.clear}
            </button>
          )}
          <StorageNote kept={labels.saved} off={messages.storage.off} />
        </div>
      )}
    </div>
  );
}
