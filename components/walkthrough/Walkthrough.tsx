'use client';

import { useRef, useState } from 'react';
import { ScenarioScreen } from '@/components/scenario/ScenarioScreen';
import { useHydrated } from '@/lib/local-store';
import { fill } from '@/lib/quiz/fill';
import { WalkthroughEnd, Outcome } from './WalkthroughParts';
import type { WalkthroughMessages, WalkthroughText, PlayableWalkthroughStep } from './types';

interface Props {
  steps: PlayableWalkthroughStep[];
  remember: string;
  lesson: { href: string; title: string };
  messages: WalkthroughMessages;
}

const stepTitle = (labels: WalkthroughText, i: number, steps: PlayableWalkthroughStep[]) =>
  fill(labels.step, { current: i + 1, total: steps.length, stage: steps[i]!.stage });

/**
 * A scam told step by step. Without JavaScript (and before hydration) it is the whole story, every
 * choice's outcome in a disclosure; with JavaScript the reader meets one step at a time, chooses, and
 * hears the outcome announced.
 */
export function Walkthrough(props: Props) {
  const hydrated = useHydrated();
  return hydrated ? <Interactive {...props} /> : <Story {...props} />;
}

function Story({ steps, remember, lesson, messages }: Props) {
  const labels = messages.walkthrough;
  return (
    <div data-walkthrough="story">
      <p className="mb-4 text-muted">{labels.noJs}</p>
      <ol className="space-y-8">
        {steps.map((step, i) => (
          <li key={i} data-step={i + 1}>
            <h2 className="mb-3 text-xl">{stepTitle(labels, i, steps)}</h2>
            <ScenarioScreen scenario={step.scenario} messages={messages} />
            <p className="text-lg font-bold">{step.prompt}</p>
            <div className="mt-2 space-y-2">
              {step.choices.map((c) => (
                <details key={c.id} className="rounded-xl border-2 border-line" data-choice={c.id}>
                  <summary className="flex min-h-12 cursor-pointer items-center px-3 font-semibold text-link">{c.text}</summary>
                  <div className="px-3 pb-3">
                    <Outcome choice={c} labels={labels} />
                  </div>
                </details>
              ))}
            </div>
          </li>
        ))}
      </ol>
      <WalkthroughEnd remember={remember} lesson={lesson} labels={labels} />
    </div>
  );
}

function Interactive({ steps, remember, lesson, messages }: Props) {
  const labels = messages.walkthrough;
  const [index, setIndex] = useState(0);
  const [picks, setPicks] = useState<string[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());
  const done = index >= steps.length;

  if (done) {
    const safe = steps.filter((s, i) => s.choices.find((c) => c.id === picks[i])?.safe).length;
    return (
      <div data-walkthrough="done">
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl outline-none">
          {labels.doneTitle}
        </h2>
        <p className="mt-2 text-xl font-bold" data-walkthrough-score={`${safe}/${steps.length}`}>
          {fill(labels.doneScore, { safe, total: steps.length })}
        </p>
        <WalkthroughEnd remember={remember} lesson={lesson} labels={labels} />
        <button
          type="button"
          onClick={() => {
            setPicks([]);
            setIndex(0);
            focusHeading();
          }}
          className="mt-4 min-h-12 rounded-xl border-2 border-brand px-5 font-bold text-brand-dark"
        >
          {labels.again}
        </button>
      </div>
    );
  }

  const step = steps[index]!;
  const picked = step.choices.find((c) => c.id === picks[index]);
  const last = index === steps.length - 1;
  return (
    <div data-walkthrough="play" data-step={index + 1}>
      <h2 ref={headingRef} tabIndex={-1} className="mb-3 text-xl outline-none">
        {stepTitle(labels, index, steps)}
      </h2>
      <progress
        className="mb-4 h-3 w-full accent-[var(--color-brand)]"
        max={steps.length}
        value={index + (picked ? 1 : 0)}
        aria-hidden="true"
      />
      <ScenarioScreen scenario={step.scenario} messages={messages} />
      <fieldset>
        <legend className="text-lg font-bold">{step.prompt}</legend>
        <div className="mt-2 space-y-2">
          {step.choices.map((c) => {
            const chosen = picked?.id === c.id;
            return (
              <button
                key={c.id}
                type="button"
                aria-disabled={!!picked}
                aria-pressed={chosen}
                data-choice={c.id}
                // Not `disabled`: the button keeps the focus the reader gave it while the outcome is read out.
                onClick={() => !picked && setPicks((p) => [...p.slice(0, index), c.id])}
                className={`block min-h-12 w-full rounded-xl border-2 px-3 py-2 text-left text-lg ${
                  chosen
                    ? 'border-ink bg-wash font-bold'
                    : picked
                      ? 'border-line text-muted'
                      : 'border-link bg-paper text-ink hover:bg-[#e8f0fb]'
                }`}
              >
                {c.text}
              </button>
            );
          })}
        </div>
      </fieldset>
      <div aria-live="polite" className="mt-4">
        {picked && (
          <>
            <Outcome choice={picked} labels={labels} />
            <a href={step.learn.href} className="inline-flex min-h-11 items-center">
              {fill(messages.scenario.learn, { title: step.learn.title })}
            </a>
          </>
        )}
      </div>
      {picked && (
        <button
          type="button"
          onClick={() => {
            setIndex(index + 1);
            focusHeading();
          }}
          className="mt-2 min-h-14 w-full rounded-xl bg-ink px-6 text-xl font-bold text-white sm:w-auto"
        >
          {last ? labels.finish : labels.continue} →
        </button>
      )}
    </div>
  );
}
