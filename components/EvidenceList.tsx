'use client';

import type { MessagesOf } from '@/i18n/client-messages';
import { createIdSetStore, useHydrated } from '@/lib/local-store';
import { fill } from '@/lib/quiz/fill';
import { PrintButton } from './PrintButton';
import { StorageNote } from './StorageNote';

const ticks = createIdSetStore('shizha.evidence');

/** The evidence to keep, as tick boxes that work (and print) with or without JavaScript. */
export function EvidenceList({
  items,
  messages: { help, storage },
}: {
  items: { id: string; label: string }[];
  messages: MessagesOf<'help' | 'storage'>;
}) {
  const hydrated = useHydrated();
  const ticked = ticks.use();
  const count = items.filter((i) => ticked.includes(i.id)).length;
  return (
    <div>
      <ul className="space-y-2">
        {items.map((item) => (
          <li key={item.id}>
            <label className="flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border-2 border-line px-3 py-2 print:border-0">
              <input
                key={hydrated ? 'live' : 'static'}
                type="checkbox"
                name={item.id}
                checked={hydrated ? ticked.includes(item.id) : undefined}
                onChange={hydrated ? () => ticks.toggle(item.id) : undefined}
                className="mt-1 size-6 shrink-0 accent-[var(--color-brand)]"
              />
              <span className="text-lg">{item.label}</span>
            </label>
          </li>
        ))}
      </ul>
      {hydrated && (
        <div className="no-print mt-3 flex flex-wrap items-center gap-3">
          <span role="status" className="font-bold">
            {fill(help.ticked, { count, total: items.length })}
          </span>
          <PrintButton label={help.evidencePrint} />
          <StorageNote off={storage.off} />
        </div>
      )}
    </div>
  );
}
