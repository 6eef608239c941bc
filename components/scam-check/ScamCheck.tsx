'use client';

import { useEffect, useRef, useState } from 'react';
import type { MessagesOf } from '@/i18n/client-messages';
import { fill } from '@/lib/quiz/fill';
import type { Analysis, CaseMatch } from '@/lib/scam-check/engine';
import type { Locale } from '@/i18n/routing';
import { needsOtherPhrases } from '@/lib/scam-check/languages';
import { MAX_MARKS, MAX_TEXT } from '@/lib/scam-check/limits';
import { unpackPhrases } from '@/lib/scam-check/pack';
import type { ContextCues } from '@/lib/scam-check/context';
import { useFetched } from '@/lib/fetched';
import { useHydrated } from '@/lib/progress-store';
import { SignalReference } from './SignalReference';
import { OURS, type ScamCheckView } from './view';
import { localePath } from '@/lib/routes';

const VERDICT_STYLE: Record<Analysis['verdict'], string> = {
  stop: 'border-brand bg-brand text-white',
  told: 'border-brand bg-brand-wash text-ink',
  caution: 'border-note bg-note-wash text-ink',
  code: 'border-link bg-[#e8f0fb] text-ink',
  none: 'border-line bg-wash text-ink',
};

/**
 * The analysis code, loaded after the page is up, with the phrases: a reader needs neither to read the page, and
 * a cheap phone paints it sooner without them. scripts/check/budgets.mjs counts it as JavaScript loaded on use.
 */
const loadEngine = () => import('@/lib/scam-check/engine');

const levelOf = (c: CaseMatch, level: MessagesOf<'scamCheck'>['scamCheck']['level']) => (c.tied ? level.tied : level[c.level]);

/** The pasted text with suspicious phrases marked; React escapes everything, so any input is safe. */
function Highlighted({ text, analysis }: { text: string; analysis: Analysis }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  analysis.hits.forEach((hit, i) => {
    if (hit.start > at) parts.push(text.slice(at, hit.start));
    parts.push(
      <mark key={i} className="rounded bg-[#ffd6d2] px-0.5 text-ink" data-signal={hit.signal}>
        {text.slice(hit.start, hit.end)}
      </mark>,
    );
    at = hit.end;
  });
  parts.push(text.slice(at, Math.min(text.length, MAX_TEXT)));
  return <>{parts}</>;
}

export function ScamCheck({
  view,
  messages: { scamCheck: labels },
  helpHref,
  phrasesUrl,
  otherPhrasesUrl,
  locale,
}: {
  view: ScamCheckView;
  /** The phrases (JSON, same origin, packed by lib/scam-check/pack.ts), fetched once the page has loaded. */
  phrasesUrl: string;
  /** The other languages' phrases, packed the same way, fetched only for a text written in one of them. */
  otherPhrasesUrl: string;
  /** The "I've been scammed" guide, a path inside the locale. */
  helpHref: string;
  messages: MessagesOf<'scamCheck'>;
  locale: Locale;
}) {
  const hydrated = useHydrated();
  // Unpacked once: the engine keeps its phrase index per phrase list.
  const unpack = (phrases: string) =>
    unpackPhrases(
      phrases,
      view.signals.map((s) => s.id),
    );
  const { data: fetched, load: loadPhrases } = useFetched(phrasesUrl, (body) => {
    const { phrases, calm, cues } = (body ?? {}) as { phrases?: unknown; calm?: unknown; cues?: ContextCues };
    return typeof phrases === 'string' && Array.isArray(calm) && Array.isArray(cues?.before)
      ? { phrases: unpack(phrases), calm: calm as string[], cues: cues! }
      : undefined;
  });
  const { data: otherFetched, load: loadOtherPhrases } = useFetched(
    otherPhrasesUrl,
    (body) => {
      const { phrases } = (body ?? {}) as { phrases?: unknown };
      return typeof phrases === 'string' ? unpack(phrases) : undefined;
    },
    { lazy: true },
  );
  // Every language's phrases in one list, made once: a new list per analysis would rebuild the engine's index.
  const allPhrases = useRef<Awaited<ReturnType<typeof loadPhrases>> | null>(null);
  const loadAllPhrases = async () => {
    const [own, other] = await Promise.all([loadPhrases(), loadOtherPhrases()]);
    return (allPhrases.current ??= { ...own, phrases: [...own.phrases, ...other] });
  };
  useEffect(() => {
    loadEngine().catch(() => {});
  }, []);
  // 'waiting': the reader asked before the phrases arrived; 'failed': they could not be fetched.
  const [fetchState, setFetchState] = useState<'ready' | 'waiting' | 'failed'>('ready');
  const [answers, setAnswers] = useState<string[]>([]);
  const [text, setText] = useState('');
  const [result, setResult] = useState<{ analysis: Analysis; text: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);

  const toggle = (questionId: string, optionId: string, multiple: boolean) => {
    const siblings = view.questions.find((q) => q.id === questionId)!.options.map((o) => o.id);
    setAnswers((prev) =>
      multiple
        ? prev.includes(optionId)
          ? prev.filter((a) => a !== optionId)
          : [...prev, optionId]
        : [...prev.filter((a) => !siblings.includes(a)), optionId],
    );
  };
  const run = async () => {
    // The phrases are usually there already: load() then answers with what it fetched. The other languages'
    // are fetched the first time a text is written in one of them.
    const other = needsOtherPhrases(locale, text);
    if (!fetched || (other && !otherFetched)) setFetchState('waiting');
    let phrases, engine;
    try {
      [phrases, engine] = await Promise.all([other ? loadAllPhrases() : loadPhrases(), loadEngine()]);
    } catch {
      setFetchState('failed');
      return;
    }
    setFetchState('ready');
    setResult({ analysis: engine.analyse({ ...view, ...phrases }, answers, text), text });
    requestAnimationFrame(() => resultRef.current?.focus());
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    void run();
  };
  const signal = (id: string) => view.signals.find((s) => s.id === id)!;
  const rules = result
    ? [...new Set(result.analysis.signals.flatMap((id) => signal(id).rules))].filter((id) => view.rules[id])
    : [];
  /**
   * A calm verdict (a code message, or no known signs) may still share a few words with some case types: they
   * are named as such, since "very like" would contradict it. A description (a lesson, a report) keeps its reading.
   */
  const verdict = result?.analysis.verdict;
  // A first contact that asks nothing yet has its own caution: check who it is.
  const firstContact = result?.analysis.firstContact;
  const verdictLabel = firstContact ? labels.firstContact : verdict && labels.verdict[verdict];
  // "Stop" and "told" say the sources warn against what is asked only when one of the asks is a sign a source states;
  // an ask that is our own advice (gift cards, an install file) says the site warns against it.
  const oursOnly =
    (verdict === 'stop' || verdict === 'told') &&
    !result!.analysis.signals.some((id) => signal(id).ask && signal(id).source !== OURS);
  const verdictText = oursOnly ? (verdict === 'stop' ? labels.stopOurs : labels.toldOurs) : verdictLabel?.text;
  const calm = verdict === 'code' || (verdict === 'none' && !result!.analysis.describes);

  // The form is in the HTML from the start and shown at first paint when scripts run (no shift);
  // without JavaScript CSS hides it and the note says why.
  return (
    <div>
      {!hydrated && (
        <p className="rounded-lg bg-note-wash p-3" data-no-js>
          {labels.noJs}
        </p>
      )}
      <form onSubmit={submit} className="space-y-6" aria-label={labels.analyse} data-needs-js>
        {view.questions.map((q) => (
          <fieldset key={q.id} className="rounded-2xl border-2 border-line p-4">
            <legend className="px-1 text-xl font-bold">{q.title}</legend>
            <div className="mt-2 grid gap-2 sm:grid-cols-2">
              {q.options.map((o) => (
                <label
                  key={o.id}
                  className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border-2 px-3 py-2 ${answers.includes(o.id) ? 'border-link bg-[#e8f0fb]' : 'border-line'}`}
                >
                  <input
                    type={q.multiple ? 'checkbox' : 'radio'}
                    name={q.id}
                    value={o.id}
                    checked={answers.includes(o.id)}
                    onChange={() => toggle(q.id, o.id, q.multiple)}
                    className="mt-1.5 size-5 shrink-0 accent-[var(--color-link)]"
                  />
                  <span>{o.label}</span>
                </label>
              ))}
            </div>
          </fieldset>
        ))}
        <div>
          <label htmlFor="scam-check-text" className="block text-xl font-bold">
            {labels.pasteLabel}
          </label>
          <p id="scam-check-text-hint" className="text-base text-muted">
            {labels.pasteHint}
          </p>
          <textarea
            id="scam-check-text"
            aria-describedby="scam-check-text-hint"
            value={text}
            onChange={(e) => setText(e.target.value)}
            rows={6}
            className="mt-2 w-full rounded-xl border-2 border-line p-3"
          />
        </div>
        <div className="flex flex-wrap gap-3">
          <button type="submit" className="min-h-14 rounded-xl bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark">
            {labels.analyse}
          </button>
          <button
            type="button"
            className="min-h-14 rounded-xl border-2 border-line px-6 text-lg"
            onClick={() => {
              setAnswers([]);
              setText('');
              setResult(null);
            }}
          >
            {labels.clear}
          </button>
        </div>
      </form>

      {fetchState === 'waiting' && (
        <p role="status" className="mt-4 text-lg">
          {labels.phrasesLoading}
        </p>
      )}
      {fetchState === 'failed' && (
        <p role="alert" className="mt-4 text-lg font-bold text-brand-dark">
          {labels.phrasesError}
        </p>
      )}
      <div ref={resultRef} tabIndex={-1} aria-live="polite" className="mt-8 outline-none">
        {result && (
          <section
            aria-labelledby="result-title"
            className="space-y-6"
            data-verdict={result.analysis.verdict}
            data-first-contact={firstContact || undefined}
          >
            <h2 id="result-title" className="sr-only">
              {labels.resultTitle}
            </h2>
            <div className={`rounded-2xl border-2 p-4 ${VERDICT_STYLE[result.analysis.verdict]}`}>
              <p className="text-2xl font-bold">{verdictLabel?.title}</p>
              <p className="mt-1 text-lg">{verdictText}</p>
            </div>
            {result.analysis.codeNotice && result.analysis.verdict !== 'code' && (
              <p className="rounded-2xl border-2 border-link p-4 text-lg" data-code-rule>
                {labels.verdict.code.text}
              </p>
            )}

            {result.analysis.cases.length > 0 && (
              <div>
                <h3 className="text-xl">
                  {calm
                    ? labels.mentionsTitle
                    : result.analysis.describes || verdict === 'told'
                      ? labels.describesTitle
                      : labels.casesTitle}
                </h3>
                <ul className="mt-2 space-y-2">
                  {result.analysis.cases.slice(0, 3).map((c) => (
                    <li key={c.slug} data-case={c.slug}>
                      <a
                        href={localePath(locale, view.cases[c.slug]!.href)}
                        className="inline-flex min-h-11 flex-wrap items-center gap-x-2 text-lg font-bold"
                      >
                        {!calm && (
                          <span className="font-normal text-muted" data-level={c.tied ? 'tied' : c.level}>
                            {levelOf(c, labels.level)}
                          </span>
                        )}
                        {view.cases[c.slug]!.title} →
                      </a>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {result.analysis.signals.length > 0 && (
              <div>
                <h3 className="text-xl">{labels.signalsTitle}</h3>
                <ul className="mt-2 space-y-2">
                  {result.analysis.signals.map((id) => (
                    <li key={id} className="rounded-xl border-2 border-line p-3" data-signal={id}>
                      <p className="font-bold">
                        {signal(id).label}
                        {signal(id).weight >= 10 && (
                          <span className="ml-2 rounded bg-brand px-1.5 text-base text-white">{labels.weightStrong}</span>
                        )}
                      </p>
                      <p className="mt-1">{signal(id).explain}</p>
                      <p className="mt-1 text-base text-muted">{view.sources[signal(id).source]}</p>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {rules.length > 0 && (
              <div>
                <h3 className="text-xl">{labels.rulesTitle}</h3>
                <ul className="mt-2 space-y-2">
                  {rules.map((id) => (
                    <li key={id} className="rounded-xl bg-brand-wash p-3">
                      <a href={localePath(locale, view.rules[id]!.href)} className="text-base">
                        {view.rules[id]!.group}
                      </a>
                      <p>{view.rules[id]!.text}</p>
                    </li>
                  ))}
                </ul>
              </div>
            )}

            {result.text.trim() && (
              <div>
                <h3 className="text-xl">{labels.textTitle}</h3>
                {result.text.length > MAX_TEXT && <p className="text-note">{labels.truncated}</p>}
                {result.analysis.unmarked > 0 && <p className="text-note">{fill(labels.marksCapped, { count: MAX_MARKS })}</p>}
                <div className="mt-2 max-h-96 overflow-auto rounded-xl border-2 border-line p-3 whitespace-pre-wrap break-words">
                  <Highlighted text={result.text} analysis={result.analysis} />
                </div>
              </div>
            )}

            <div className="rounded-2xl border-2 border-brand p-4">
              <h3 className="text-xl">{labels.nowTitle}</h3>
              <ol className="mt-2 list-decimal space-y-1 pl-6">
                {view.now.map((step) => (
                  <li key={step}>{step}</li>
                ))}
              </ol>
              <a href={localePath(locale, helpHref)} className="mt-2 inline-flex min-h-11 items-center font-bold">
                {labels.scamHelp} →
              </a>
            </div>
          </section>
        )}
      </div>
      <SignalReference
        signals={view.signals}
        sources={view.sources}
        title={labels.referenceTitle}
        intro={labels.referenceIntro}
      />
    </div>
  );
}
