'use client';

import { fill } from '@/lib/quiz/fill';
import { absoluteUrl, paths } from '@/lib/routes';
import { ShareActions } from '../share/ShareActions';

export interface ShareLabels {
  title: string;
  text: string;
  copy: string;
  copied: string;
  systemShare: string;
  challenge: string;
  challengeText: string;
}

function ShareRow({ id, label, text, labels }: { id: string; label: string; text: string; labels: ShareLabels }) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={3}
        className="w-full rounded-lg border-2 border-line p-2"
        onFocus={(e) => e.currentTarget.select()}
      />
      <ShareActions
        value={text}
        share={{ text }}
        labels={{ copy: labels.copy, copied: labels.copied, share: labels.systemShare }}
      />
    </div>
  );
}

export function ResultSharePanel({
  locale,
  correct,
  total,
  challengeId,
  labels,
}: {
  locale: string;
  correct: number;
  total: number;
  challengeId: string;
  labels: ShareLabels;
}) {
  // Shown once a self-test is done, so only ever in the browser: addresses on the reader's own origin.
  const quizUrl = absoluteUrl(locale, paths.quiz(), window.location.origin);
  const challengeUrl = absoluteUrl(locale, paths.challenge(challengeId), window.location.origin);
  return (
    <section aria-labelledby="result-share-title" className="space-y-6 rounded-2xl border-2 border-line p-4">
      <h3 id="result-share-title" className="text-xl">
        {labels.title}
      </h3>
      <ShareRow
        id="share-result"
        label={labels.title}
        text={`${fill(labels.text, { correct, total })}${quizUrl}`}
        labels={labels}
      />
      <ShareRow id="share-challenge" label={labels.challenge} text={`${labels.challengeText}${challengeUrl}`} labels={labels} />
    </section>
  );
}
