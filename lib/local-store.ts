'use client';

import { useSyncExternalStore } from 'react';

/**
 * A value kept in this browser's localStorage, shared by every component that reads it. Storage that
 * is blocked (private modes, some WebViews) simply keeps nothing; a value that does not parse is
 * replaced by `empty()` — no page may break on what is stored.
 */
export function createLocalStore<T>(
  key: string,
  parse: (raw: string | null) => T,
  empty: () => T,
  serialize: (value: T) => unknown = (value) => value,
) {
  let cached: { raw: string | null; value: T } | null = null;
  const listeners = new Set<() => void>();
  const serverValue = empty();

  const readRaw = () => {
    try {
      return window.localStorage.getItem(key);
    } catch {
      return null;
    }
  };
  const snapshot = () => {
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
      try {
        window.localStorage.setItem(key, JSON.stringify(serialize(change(snapshot()))));
      } catch {
        return;
      }
      notify();
    },
    reset() {
      try {
        window.localStorage.removeItem(key);
      } catch {
        return;
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
