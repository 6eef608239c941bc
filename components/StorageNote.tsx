'use client';

import { useStorageBlocked } from '@/lib/local-store';

/**
 * Where the reader's choices would be kept: `kept` says they are, or — in a browser that keeps nothing
 * (private modes, some WebViews) — `off` says, quietly, that they last only for this visit.
 */
export function StorageNote({ off, kept }: { off: string; kept?: string }) {
  const blocked = useStorageBlocked();
  if (blocked)
    return (
      <span className="text-base text-muted" data-storage-off>
        {off}
      </span>
    );
  return kept ? <span className="text-base text-muted">{kept}</span> : null;
}
