'use client';

import { useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { useHydrated } from '@/lib/local-store';

interface Props {
  /** What "copy" puts on the clipboard: a page address or a whole share text. */
  value: string;
  /** What the system share sheet gets. */
  share: ShareData;
  labels: { copy: string; copied: string; share: string };
}

/** Copy with a visible confirmation, and the system share sheet where the browser has one. */
export function ShareActions({ value, share, labels }: Props) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  const canShare = typeof navigator.share === 'function';
  return (
    <div className="mt-3 flex flex-wrap items-center gap-3">
      <button
        type="button"
        onClick={async () => setCopied(await copyText(value))}
        className="min-h-12 rounded-xl bg-ink px-5 font-bold text-white"
      >
        {labels.copy}
      </button>
      {canShare && (
        <button
          type="button"
          onClick={() => navigator.share(share).catch(() => undefined)}
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
