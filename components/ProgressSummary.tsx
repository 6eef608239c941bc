'use client';

import { useState } from 'react';
import { resetProgress, useProgress } from '@/lib/progress-store';
import type { MessagesOf } from '@/i18n/client-messages';
import { fill } from '@/lib/quiz/fill';

interface Props {
  caseKeys: string[];
  toolKeys: string[];
  messages: MessagesOf<'progress'>;
}

/** 已学 3/10 — read from this browser only; absent without JavaScript, where nothing is stored. */
export function ProgressSummary({ caseKeys, toolKeys, messages: { progress: labels } }: Props) {
  const progress = useProgress();
  const [confirming, setConfirming] = useState(false);
  const count = (keys: string[], list: string[]) => keys.filter((k) => list.includes(k)).length;
  const lessonKeys = [...caseKeys, ...toolKeys];
  return (
    <section aria-labelledby="progress-title" className="mt-8 rounded-2xl border-2 border-line p-4" data-progress data-needs-js>
      <h2 id="progress-title" className="text-xl">
        {labels.title}
      </h2>
      <ul className="mt-2 space-y-1 text-lg">
        <li data-progress-cases>{fill(labels.cases, { read: count(caseKeys, progress.read), total: caseKeys.length })}</li>
        <li>{fill(labels.tools, { read: count(toolKeys, progress.read), total: toolKeys.length })}</li>
        <li>{fill(labels.lessonQuizzes, { passed: count(lessonKeys, progress.checks) })}</li>
        {progress.last && <li>{fill(labels.last, { correct: progress.last.correct, total: progress.last.total })}</li>}
      </ul>
      <p className="mt-2 text-base text-muted">{labels.note}</p>
      {confirming ? (
        <div className="mt-3 flex flex-wrap items-center gap-3" role="group" aria-label={labels.confirm}>
          <span className="font-bold">{labels.confirm}</span>
          <button
            type="button"
            className="min-h-11 rounded-lg bg-brand px-4 font-bold text-white"
            onClick={() => {
              resetProgress();
              setConfirming(false);
            }}
          >
            {labels.yes}
          </button>
          <button type="button" className="min-h-11 rounded-lg border-2 border-line px-4" onClick={() => setConfirming(false)}>
            {labels.no}
          </button>
        </div>
      ) : (
        <button type="button" className="mt-3 min-h-11 rounded-lg border-2 border-line px-4" onClick={() => setConfirming(true)}>
          {labels.reset}
        </button>
      )}
    </section>
  );
}
