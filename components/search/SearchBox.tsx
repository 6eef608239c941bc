'use client';

import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import type { MessagesOf } from '@/i18n/client-messages';
import { fill } from '@/lib/quiz/fill';
import { shortFragment } from '@/lib/format';

interface SubResult {
  url: string;
  title: string;
  excerpt: string;
}

interface Result {
  url: string;
  title: string;
  excerpt: string;
  sections: SubResult[];
}

/** The browser side of Pagefind (out/pagefind/pagefind.js, written at build), loaded on first use. */
interface Pagefind {
  init(): Promise<void>;
  debouncedSearch(
    query: string,
    options?: object,
    ms?: number,
  ): Promise<{
    results: {
      data(): Promise<{ url: string; excerpt: string; meta: { title?: string }; sub_results: SubResult[] }>;
    }[];
  } | null>;
}

const PAGEFIND_URL = '/pagefind/pagefind.js';
let loading: Promise<Pagefind> | null = null;
function loadPagefind(): Promise<Pagefind> {
  loading ??= (async () => {
    const pagefind = (await import(/* webpackIgnore: true */ /* turbopackIgnore: true */ PAGEFIND_URL)) as Pagefind;
    await pagefind.init();
    return pagefind;
  })();
  loading.catch(() => {
    loading = null;
  });
  return loading;
}

/**
 * Search compiles WebAssembly, which the page's policy allows with 'wasm-unsafe-eval'. An engine that
 * does not know that keyword (Chromium before 97, e.g. older WeChat webviews) or has no WebAssembly
 * refuses to compile: then search says it cannot run here rather than failing without a word.
 */
let wasm: boolean | undefined;
function canCompileWasm(): boolean {
  try {
    wasm ??= new WebAssembly.Module(new Uint8Array([0, 0x61, 0x73, 0x6d, 1, 0, 0, 0])) instanceof WebAssembly.Module;
  } catch {
    wasm = false;
  }
  return wasm;
}

/** A query arriving in the address is cut to what a search box holds. */
const MAX_QUERY = 60;

const MAX_RESULTS = 10;
const MAX_SECTIONS = 3;

/** Pagefind's excerpts are escaped text with <mark> around the words found: shown as text and <mark>. */
function Excerpt({ html }: { html: string }) {
  const decode = (s: string) => new DOMParser().parseFromString(s, 'text/html').documentElement.textContent ?? '';
  const parts: ReactNode[] = html.split(/<mark>|<\/mark>/).map((part, i) => {
    const text = decode(part);
    return i % 2 === 1 ? <mark key={i}>{text}</mark> : text;
  });
  return <>{parts}</>;
}

export function SearchBox({ messages: { search: labels } }: { messages: MessagesOf<'search'> }) {
  const inputId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<{
    status: 'idle' | 'loading' | 'done' | 'error' | 'unsupported';
    query: string;
    results: Result[];
  }>({
    status: 'idle',
    query: '',
    results: [],
  });
  const latest = useRef('');

  const run = async (raw: string) => {
    const q = raw.trim();
    latest.current = q;
    if (!q) {
      setState({ status: 'idle', query: '', results: [] });
      return;
    }
    if (!canCompileWasm()) {
      setState({ status: 'unsupported', query: q, results: [] });
      return;
    }
    setState((s) => ({ ...s, status: 'loading' }));
    try {
      const pagefind = await loadPagefind();
      const search = await pagefind.debouncedSearch(q, {}, 250);
      if (!search || latest.current !== q) return; // a newer query replaced this one
      const data = await Promise.all(search.results.slice(0, MAX_RESULTS).map((r) => r.data()));
      if (latest.current !== q) return;
      setState({
        status: 'done',
        query: q,
        results: data.map((d) => ({
          url: d.url,
          title: d.meta.title ?? d.url,
          excerpt: d.excerpt,
          sections: d.sub_results.filter((s) => s.url.includes('#')).slice(0, MAX_SECTIONS),
        })),
      });
    } catch {
      if (latest.current === q) setState({ status: 'error', query: q, results: [] });
    }
  };

  // A search arriving in the address (?q=…, e.g. from the form on the home page) runs at once.
  useEffect(() => {
    const q = Array.from(new URLSearchParams(window.location.search).get('q') ?? '')
      .slice(0, MAX_QUERY)
      .join('');
    if (q && input.current) {
      input.current.value = q;
      void run(q);
    }
  }, []);

  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    const query = input.current?.value ?? '';
    const url = new URL(window.location.href);
    if (query.trim()) url.searchParams.set('q', query.trim());
    else url.searchParams.delete('q');
    window.history.replaceState(null, '', url);
    void run(query);
  };

  const status =
    state.status === 'loading'
      ? labels.loading
      : state.status === 'error'
        ? labels.error
        : state.status === 'unsupported'
          ? labels.unsupported
          : state.status === 'done'
            ? state.results.length === 0
              ? fill(labels.noResults, { query: shortFragment(state.query) })
              : state.results.length === 1
                ? labels.countOne
                : fill(labels.count, { count: state.results.length })
            : '';

  return (
    <div>
      <form role="search" onSubmit={submit} className="flex flex-wrap items-end gap-3">
        <label htmlFor={inputId} className="w-full text-lg font-bold">
          {labels.label}
        </label>
        <input
          id={inputId}
          type="search"
          name="q"
          ref={input}
          onChange={(e) => void run(e.target.value)}
          placeholder={labels.placeholder}
          autoComplete="off"
          enterKeyHint="search"
          className="min-h-12 min-w-0 flex-1 rounded-xl border-2 border-ink/70 bg-paper px-3 text-lg"
        />
        <button type="submit" className="min-h-12 rounded-xl bg-brand px-6 text-lg font-bold text-white hover:bg-brand-dark">
          {labels.submit}
        </button>
      </form>
      <p role="status" aria-live="polite" className="mt-4 min-h-7 text-muted" data-search-status>
        {status}
      </p>
      {state.results.length > 0 && (
        <ol className="mt-2 space-y-4" data-search-results>
          {state.results.map((r) => (
            <li key={r.url} className="rounded-xl border-2 border-line p-4">
              <a href={r.url} className="text-xl font-bold">
                {r.title}
              </a>
              <p className="mt-1 text-base">
                <Excerpt html={r.excerpt} />
              </p>
              {r.sections.length > 0 && (
                <ul className="mt-2 space-y-2 border-l-4 border-line pl-3">
                  {r.sections.map((s) => (
                    <li key={s.url}>
                      <a href={s.url} className="font-semibold">
                        {s.title}
                      </a>
                      <p className="text-base text-muted">
                        <Excerpt html={s.excerpt} />
                      </p>
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ol>
      )}
    </div>
  );
}
