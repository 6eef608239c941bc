'use client';

import { useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { useHydrated } from '@/lib/local-store';

/** Copy link with a visible confirmation, and the system share sheet where the browser has one. */
export function ShareActions({
  url,
  title,
  labels,
}: {
  url: string;
  title: string;
  labels: { copy: string; copied: string; share: string };
}) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) {
    return (
      <p className="mt-2 break-all">
        <a href={url}>{url}</a>
      </p>
    );
  }
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={async () => setCopied(await copyText(url))}
        className="min-h-12 rounded-xl bg-ink px-5 font-bold text-white"
      >
        {labels.copy}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() => navigator.share({ title, url }).catch(() => undefined)}
          className="min-h-12 rounded-xl border-2 border-ink px-5 font-bold"
        >
          {labels.share}
        </button>
      )}
      <span role="status" className="font-semibold text-safe">
        {copied ? labels.copied : ''}
      </span>
    </div>
  );
}
