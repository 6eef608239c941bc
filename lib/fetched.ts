import { useCallback, useEffect, useRef, useState } from 'react';

/**
 * Data a page fetches from its own site (the self-test's question bank, the scam check's phrases): the request
 * starts once the page is up, so it is usually there before the reader needs it; `load()` waits for it when it
 * is not, and a failed request is tried again on the next call. With `lazy`, nothing is fetched before the
 * first `load()` (data only some readers need). `read` turns the JSON into the data, or undefined when it is not
 * what the page expects.
 */
export function useFetched<T>(
  url: string,
  read: (body: unknown) => T | undefined,
  { lazy = false } = {},
): { data: T | undefined; load: () => Promise<T> } {
  const [data, setData] = useState<T>();
  const pending = useRef<Promise<T> | null>(null);
  const load = useCallback(() => {
    pending.current ??= fetch(url)
      .then((r) => r.json())
      .then((body) => read(body) ?? Promise.reject(new Error(url)))
      .then(
        (value) => {
          setData(value);
          return value;
        },
        (error: unknown) => {
          pending.current = null;
          throw error;
        },
      );
    return pending.current;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- `read` is the same function for the page's life
  }, [url]);
  useEffect(() => {
    if (!lazy) load().catch(() => {});
  }, [load, lazy]);
  return { data, load };
}
