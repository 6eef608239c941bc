'use client';

import { useState } from 'react';
import { copyText } from '@/lib/clipboard';

/** Copies this page's address, with a visible confirmation. */
export function CopyLinkButton({ label, copied }: { label: string; copied: string }) {
  const [done, setDone] = useState(false);
  return (
    <>
      <button
        type="button"
        onClick={async () => setDone(await copyText(window.location.href))}
        className="min-h-12 rounded-xl border-2 border-ink px-5 font-bold"
      >
        {label}
      </button>
      <span role="status" className="font-semibold text-safe">
        {done ? copied : ''}
      </span>
    </>
  );
}
