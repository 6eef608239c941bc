'use client';

import { useSyncExternalStore } from 'react';

type Area = 'localStorage' | 'sessionStorage';

/*
 * Storage that throws (private modes, some WebViews, a full disk) is noticed here once, for the whole
 * page: every store then keeps its values in memory for the visit, and useStorageBlocked() lets the page
 * say, quietly, that nothing will be remembered.
 */
let blocked = false;
const blockedListeners = new Set<() => void>();
function markBlocked() {
  if (blocked) return;
  blocked = true;
  // Found while rendering, too: tell the listeners after React has finished this render.
  queueMicrotask(() => blockedListeners.forEach((l) => l()));
}

let probed = false;
/** Whether this browser keeps what the site stores: one write and removal, tried once per page. */
function probe(): boolean {
  if (!probed) {
    probed = true;
    try {
      window.localStorage.setItem('shizha.probe', '1');
      window.localStorage.removeItem('shizha.probe');
    } catch {
      markBlocked();
    }
  }
  return !blocked;
}

/** True once hydrated in a browser that keeps nothing the site stores. */
export function useStorageBlocked(): boolean {
  return useSyncExternalStore(
    (listener) => {
      blockedListeners.add(listener);
      return () => blockedListeners.delete(listener);
    },
    () => !probe(),
    () => false,
  );
}

/**
 * A value kept in this browser's localStorage (or sessionStorage), shared by every component that reads
 * it. Storage that throws keeps the value in memory for this visit instead, so every control still
 * works; a value that does not parse is replaced by `empty()` — no page may break on what is stored.
 */
export function createLocalStore<T>(
  key: string,
  parse: (raw: string | null) => T,
  empty: () => T,
  serialize: (value: T) => unknown = (value) => value,
  area: Area = 'localStorage',
) {
  let cached: { raw: string | null; value: T } | null = null;
  // What this visit chose, when storage refused to keep it.
  let memory: { value: T } | null = null;
  const listeners = new Set<() => void>();
  const serverValue = empty();

  const readRaw = () => {
    try {
      return window[area].getItem(key);
    } catch {
      markBlocked();
      return null;
    }
  };
  const snapshot = () => {
    if (memory) return memory.value;
    const raw = readRaw();
    if (!cached || cached.raw !== raw) cached = { raw, value: parse(raw) };
    return cached.value;
  };
  const notify = () => listeners.forEach((l) => l());
  const subscribe = (listener: () => void) => {
    listeners.add(listener);
    const onStorage = (event: StorageEvent) => {
      if (event.key === key) listener();
    };
    window.addEventListener('storage', onStorage);
    return () => {
      listeners.delete(listener);
      window.removeEventListener('storage', onStorage);
    };
  };

  return {
    use: (): T => useSyncExternalStore(subscribe, snapshot, () => serverValue),
    update(change: (value: T) => T) {
      const value = change(snapshot());
      try {
        window[area].setItem(key, JSON.stringify(serialize(value)));
        memory = null;
      } catch {
        memory = { value };
        markBlocked();
      }
      notify();
    },
    reset() {
      try {
        window[area].removeItem(key);
        memory = null;
      } catch {
        memory = { value: empty() };
        markBlocked();
      }
      notify();
    },
  };
}

const noop = () => () => {};
/** False while rendering on the server (and with JavaScript off), true once hydrated. */
export function useHydrated(): boolean {
  return useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
}

/** A versioned list of ids (ticked boxes); anything else stored under the key is dropped. */
export function createIdSetStore(key: string) {
  const parse = (raw: string | null): string[] => {
    try {
      const value: unknown = raw ? JSON.parse(raw) : null;
      const v = value as { v?: unknown; ids?: unknown } | null;
      return v && v.v === 1 && Array.isArray(v.ids) && v.ids.every((x) => typeof x === 'string') ? v.ids : [];
    } catch {
      return [];
    }
  };
  const store = createLocalStore<string[]>(
    key,
    parse,
    () => [],
    (ids) => ({ v: 1, ids }),
  );
  return {
    use: store.use,
    toggle: (id: string) => store.update((ids) => (ids.includes(id) ? ids.filter((x) => x !== id) : [...ids, id])),
    reset: store.reset,
  };
}
