'use client';

import { useCallback, useEffect, useRef, useState } from 'react';
import { recordAnswers, recordSelfTest } from '@/lib/progress';
import { updateProgress, useProgress } from '@/lib/progress-store';
import { drawBalanced, drawReview } from '@/lib/quiz/draw';
import { fill } from '@/lib/quiz/fill';
import type { QuestionLabels } from '@/lib/quiz/labels';
import { gradeBand, scoreAttempt, type AttemptScore, type GradeBand } from '@/lib/quiz/score';
import type { PlayableItem, TopicInfo } from '@/lib/quiz/types';
import { QuestionCard } from './QuestionCard';
import { SharePanel, type ShareLabels } from './SharePanel';

export interface SelfTestLabels {
  start: string;
  review: string;
  reviewTitle: string;
  progress: string;
  next: string;
  finish: string;
  resultTitle: string;
  score: string;
  bands: Record<GradeBand, { title: string; advice: string }>;
  byTopic: string;
  topicScore: string;
  mistakes: string;
  noMistakes: string;
  lessonsToReview: string;
  retry: string;
  bankError: string;
  share: ShareLabels;
}

interface Props {
  /** Where the whole question bank lives (JSON, same origin), fetched once the page has loaded. */
  bankUrl: string;
  topics: Record<string, TopicInfo>;
  count: number;
  locale: string;
  labels: SelfTestLabels;
  questionLabels: QuestionLabels;
}

type Stage =
  | { name: 'intro' }
  | {
      name: 'playing';
      items: PlayableItem[];
      index: number;
      answers: Record<string, string[]>;
      answered: boolean;
      review: boolean;
    }
  | { name: 'done'; items: PlayableItem[]; score: AttemptScore; review: boolean };

/** The question bank, fetched once per page; a failed fetch is tried again on the next start. */
function useBank(url: string): { bank: PlayableItem[]; load: () => Promise<PlayableItem[]> } {
  const [bank, setBank] = useState<PlayableItem[]>([]);
  const pending = useRef<Promise<PlayableItem[]> | null>(null);
  const load = useCallback(() => {
    pending.current ??= fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<PlayableItem[]>) : Promise.reject(new Error(String(r.status)))))
      .then((items) => (Array.isArray(items) && items.length > 0 ? items : Promise.reject(new Error('empty bank'))))
      .catch((error: unknown) => {
        pending.current = null;
        throw error;
      });
    return pending.current;
  }, [url]);
  // Start loading as soon as the page is up, so the first question appears at once on "start".
  useEffect(() => {
    load().then(setBank, () => {});
  }, [load]);
  return { bank, load };
}

export function SelfTest({ bankUrl, topics, count, locale, labels, questionLabels }: Props) {
  const { bank, load: loadBank } = useBank(bankUrl);
  const [bankFailed, setBankFailed] = useState(false);
  const progress = useProgress();
  const [stage, setStage] = useState<Stage>({ name: 'intro' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  // Review ids are those still in the bank; until it has loaded, every recorded mistake counts.
  const missedInBank = bank.length > 0 ? progress.missed.filter((id) => bank.some((item) => item.id === id)) : progress.missed;
  const begin = async (review: boolean) => {
    let all: PlayableItem[];
    try {
      all = await loadBank();
    } catch {
      setBankFailed(true);
      return;
    }
    setBankFailed(false);
    const missed = progress.missed.filter((id) => all.some((item) => item.id === id));
    const items = review ? drawReview(all, missed, count, Math.random) : drawBalanced(all, count, Math.random);
    setStage({ name: 'playing', items, index: 0, answers: {}, answered: false, review });
    focusHeading();
  };

  if (stage.name === 'intro') {
    // In the HTML from the start and shown at first paint when scripts run (the page's no-JS sample is
    // hidden then), so nothing shifts.
    return (
      <>
        <div className="flex flex-wrap gap-3" data-needs-js>
          <button
            type="button"
            onClick={() => void begin(false)}
            className="min-h-14 rounded-xl bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark"
          >
            {labels.start}
          </button>
          {missedInBank.length > 0 && (
            <button
              type="button"
              onClick={() => void begin(true)}
              className="min-h-14 rounded-xl border-2 border-brand px-6 text-lg font-bold text-brand-dark"
            >
              {fill(labels.review, { count: missedInBank.length })}
            </button>
          )}
        </div>
        {bankFailed && (
          <p role="alert" className="mt-3 font-bold text-brand-dark">
            {labels.bankError}
          </p>
        )}
      </>
    );
  }

  if (stage.name === 'playing') {
    const item = stage.items[stage.index]!;
    const last = stage.index === stage.items.length - 1;
    const onAnswered = (correct: boolean, chosen: string[]) => {
      setStage({ ...stage, answers: { ...stage.answers, [item.id]: chosen }, answered: true });
      updateProgress((p) => recordAnswers(p, [{ id: item.id, correct }]));
    };
    const next = () => {
      if (!last) {
        setStage({ ...stage, index: stage.index + 1, answered: false });
        focusHeading();
        return;
      }
      const score = scoreAttempt(stage.items, stage.answers);
      if (!stage.review) updateProgress((p) => recordSelfTest(p, score.correct, score.total, Date.now()));
      setStage({ name: 'done', items: stage.items, score, review: stage.review });
      focusHeading();
    };
    const position = fill(labels.progress, { current: stage.index + 1, total: stage.items.length });
    return (
      <div>
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-bold outline-none">
          {stage.review && `${labels.reviewTitle} · `}
          {position}
        </h2>
        <progress
          className="mb-4 h-3 w-full accent-[var(--color-brand)]"
          max={stage.items.length}
          value={stage.index + (stage.answered ? 1 : 0)}
          aria-label={position}
        />
        <QuestionCard key={item.id} item={item} labels={questionLabels} locale={locale} onAnswered={onAnswered} />
        {stage.answered && (
          <button
            type="button"
            onClick={next}
            className="mt-4 min-h-14 w-full rounded-xl bg-ink px-6 text-xl font-bold text-white sm:w-auto"
          >
            {last ? labels.finish : labels.next} →
          </button>
        )}
      </div>
    );
  }

  const { score, items } = stage;
  const band = gradeBand(score.correct, score.total);
  const missedItems = items.filter((i) => score.missed.includes(i.id));
  const reviewTopics = [...new Set(missedItems.map((i) => i.topic))].map((t) => topics[t]!).filter(Boolean);
  const challenge = items.find((i) => !score.missed.includes(i.id)) ?? items[0]!;
  const missedLeft = progress.missed.filter((id) => bank.some((item) => item.id === id)).length;

  return (
    <div className="space-y-8" data-result={band}>
      <div className="rounded-2xl border-2 border-brand bg-brand-wash p-4 md:p-6">
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl outline-none">
          {labels.resultTitle}
        </h2>
        <p className="mt-2 text-4xl font-bold text-brand-dark" data-score={`${score.correct}/${score.total}`}>
          {fill(labels.score, { correct: score.correct, total: score.total })}
        </p>
        <p className="mt-2 text-xl font-bold">{labels.bands[band].title}</p>
        <p className="mt-1">{labels.bands[band].advice}</p>
      </div>

      <section aria-labelledby="by-topic">
        <h3 id="by-topic" className="text-xl">
          {labels.byTopic}
        </h3>
        <table className="mt-2 w-full border-collapse text-left">
          <tbody>
            {score.byTopic.map((t) => (
              <tr key={t.topic} className="border-b border-line">
                <th scope="row" className="py-2 pr-2 font-normal">
                  <a href={`/${locale}${topics[t.topic]?.href ?? '/'}`}>{topics[t.topic]?.title ?? t.topic}</a>
                </th>
                <td className={`py-2 text-right font-bold ${t.correct === t.total ? 'text-safe' : 'text-brand-dark'}`}>
                  {fill(labels.topicScore, { correct: t.correct, total: t.total })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="mistakes">
        <h3 id="mistakes" className="text-xl">
          {labels.mistakes}
        </h3>
        {missedItems.length === 0 ? (
          <p className="mt-2">{labels.noMistakes}</p>
        ) : (
          <ol className="mt-2 space-y-3">
            {missedItems.map((item) => (
              <li key={item.id} className="rounded-xl border-2 border-line p-4" data-missed={item.id}>
                <p className="font-bold">{item.prompt}</p>
                <p className="mt-1 text-safe">
                  {questionLabels.rightAnswer}
                  {item.answer.map((a) => item.options.find((o) => o.id === a)!.text).join('；')}
                </p>
                <p className="mt-1">{item.explanation}</p>
                <a href={`/${locale}${item.learnHref}`} className="inline-flex min-h-11 items-center">
                  {fill(questionLabels.learnMore, { title: item.learnTitle })}
                </a>
              </li>
            ))}
          </ol>
        )}
        {reviewTopics.length > 0 && (
          <>
            <h3 className="mt-4 text-xl">{labels.lessonsToReview}</h3>
            <ul className="mt-2 list-disc pl-6">
              {reviewTopics.map((t) => (
                <li key={t.href}>
                  <a href={`/${locale}${t.href}`} className="inline-flex min-h-11 items-center">
                    {t.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <button
          type="button"
          onClick={() => void begin(false)}
          className="min-h-14 rounded-xl bg-brand px-6 text-lg font-bold text-white"
        >
          {labels.retry}
        </button>
        {missedLeft > 0 && (
          <button
            type="button"
            onClick={() => void begin(true)}
            className="min-h-14 rounded-xl border-2 border-brand px-6 text-lg font-bold text-brand-dark"
          >
            {fill(labels.review, { count: missedLeft })}
          </button>
        )}
      </div>

      <SharePanel locale={locale} correct={score.correct} total={score.total} challengeId={challenge.id} labels={labels.share} />
    </div>
  );
}
