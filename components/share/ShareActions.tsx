'use client';

import { useState } from 'react';
import { copyText } from '@/lib/clipboard';
import { useHydrated } from '@/lib/local-store';

interface Props {
  /** What "copy" puts on the clipboard: a share text, or by default this page's address. */
  value?: string;
  /** What the system share sheet gets; without it there is no share button. */
  share?: ShareData;
  /** Strings from the caller's own namespace: the share panel, the self-test and the checklist word them differently. */
  labels: { copy: string; copied: string; share?: string };
  /** One action in the caller's own toolbar (the checklist's): no wrapper, and an outlined button beside the others. */
  inline?: boolean;
}

/** Copy with a visible confirmation, and the system share sheet where the browser has one. */
export function ShareActions({ value, share, labels, inline = false }: Props) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  if (!hydrated) return null;
  const canShare = share && typeof navigator.share === 'function';
  const actions = (
    <>
      <button
        type="button"
        onClick={async () => setCopied(await copyText(value ?? window.location.href))}
        className={`min-h-12 rounded-xl px-5 font-bold ${inline ? 'border-2 border-ink' : 'bg-ink text-white'}`}
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
    </>
  );
  return inline ? actions : <div className="mt-3 flex flex-wrap items-center gap-3">{actions}</div>;
}
