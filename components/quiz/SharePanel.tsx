'use client';

import { useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { fill } from '@/lib/quiz/fill';

export interface ShareLabels {
  title: string;
  text: string;
  copy: string;
  copied: string;
  systemShare: string;
  challenge: string;
  challengeText: string;
}

function ShareRow({
  label,
  text,
  copyLabel,
  copiedLabel,
  shareLabel,
  id,
}: {
  label: string;
  text: string;
  copyLabel: string;
  copiedLabel: string;
  shareLabel: string;
  id: string;
}) {
  const [copied, setCopied] = useState(false);
  const canShare = typeof navigator !== 'undefined' && typeof navigator.share === 'function';
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
      <div className="flex flex-wrap items-center gap-3">
        <button
          type="button"
          className="min-h-12 rounded-xl bg-ink px-5 font-bold text-white"
          onClick={async () => setCopied(await copyText(text))}
        >
          {copyLabel}
        </button>
        {canShare && (
          <button
            type="button"
            className="min-h-12 rounded-xl border-2 border-ink px-5 font-bold"
            onClick={() => navigator.share({ text }).catch(() => undefined)}
          >
            {shareLabel}
          </button>
        )}
        <span role="status" className="font-semibold text-safe">
          {copied ? copiedLabel : ''}
        </span>
      </div>
    </div>
  );
}

export function SharePanel({
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
  const origin = typeof window === 'undefined' ? '' : window.location.origin;
  const quizUrl = `${origin}/${locale}/quiz/`;
  const challengeUrl = `${origin}/${locale}/quiz/q/${challengeId}/`;
  return (
    <section aria-labelledby="share-title" className="space-y-6 rounded-2xl border-2 border-line p-4">
      <h3 id="share-title" className="text-xl">
        {labels.title}
      </h3>
      <ShareRow
        id="share-result"
        label={labels.title}
        text={`${fill(labels.text, { correct, total })}${quizUrl}`}
        copyLabel={labels.copy}
        copiedLabel={labels.copied}
        shareLabel={labels.systemShare}
      />
      <ShareRow
        id="share-challenge"
        label={labels.challenge}
        text={`${labels.challengeText}${challengeUrl}`}
        copyLabel={labels.copy}
        copiedLabel={labels.copied}
        shareLabel={labels.systemShare}
      />
    </section>
  );
}
