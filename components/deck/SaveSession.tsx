'use client';

import { useEffect, useState } from 'react';

/** The cache the service worker keeps saved sessions in (sw/sw.js, "saved sessions"); no version empties it. */
const SAVED = 'shizha-saved';
const RECORD = '/saved-sessions/';

interface Labels {
  save: string;
  saving: string;
  saved: string;
  saveFailed: string;
}

type State = 'idle' | 'saving' | 'saved' | 'failed';

/** Whether a session's record is in the saved cache (false where there is no Cache Storage). */
async function isSaved(name: string) {
  if (typeof caches === 'undefined') return false;
  return !!(await (await caches.open(SAVED)).match(RECORD + name));
}

/**
 * "保存本场，离线可用": asks the service worker to keep a session's pages (its deck, its lessons for the
 * handouts) in the saved cache, and says when it is done. Shown only where a service worker runs.
 */
export function SaveSession({ name, title, urls, labels }: { name: string; title: string; urls: string[]; labels: Labels }) {
  const [state, setState] = useState<State>('idle');
  useEffect(() => {
    isSaved(name).then(
      (saved) => saved && setState('saved'),
      () => {},
    );
  }, [name]);

  async function save() {
    setState('saving');
    try {
      const worker = (await navigator.serviceWorker.ready).active;
      if (!worker) throw new Error('no worker');
      const channel = new MessageChannel();
      const reply = new Promise<{ ok: boolean }>((resolve) => (channel.port1.onmessage = (e) => resolve(e.data)));
      worker.postMessage({ type: 'save', name, title, urls }, [channel.port2]);
      setState((await reply).ok ? 'saved' : 'failed');
    } catch {
      setState('failed');
    }
  }

  return (
    <p className="mt-3 flex flex-wrap items-center gap-3" data-needs-js>
      <button
        type="button"
        onClick={save}
        disabled={state === 'saving'}
        className="min-h-11 rounded-lg border-2 border-brand px-4 py-2 font-bold text-brand-dark"
        data-save-session={name}
      >
        {labels.save}
      </button>
      <span role="status" className="font-bold" data-save-state={state}>
        {state === 'saving' ? labels.saving : state === 'saved' ? labels.saved : state === 'failed' ? labels.saveFailed : ''}
      </span>
    </p>
  );
}

/** The sessions saved on this device, read from the saved cache: the offline list of sessions. */
export function SavedSessions({ title, none }: { title: string; none: string }) {
  const [saved, setSaved] = useState<{ title: string; url: string }[] | null>(null);
  useEffect(() => {
    if (typeof caches === 'undefined') return;
    (async () => {
      const cache = await caches.open(SAVED);
      const records = (await cache.keys()).filter((r) => new URL(r.url).pathname.startsWith(RECORD));
      setSaved(
        await Promise.all(records.map(async (r) => (await (await cache.match(r))!.json()) as { title: string; url: string })),
      );
    })().catch(() => {});
  }, []);
  return (
    <section aria-labelledby="saved-title" className="mt-8" data-needs-js>
      <h2 id="saved-title" className="text-2xl">
        {title}
      </h2>
      {saved && saved.length > 0 ? (
        <ul className="mt-2 list-disc pl-6" data-saved-list>
          {saved.map((s) => (
            <li key={s.url}>
              <a href={s.url} className="inline-flex min-h-11 items-center">
                {s.title}
              </a>
            </li>
          ))}
        </ul>
      ) : (
        <p className="mt-2 text-muted">{none}</p>
      )}
    </section>
  );
}
