'use client';

import { useEffect, useRef, useState } from 'react';
import { recordAnswers, recordSelfTest } from '@/lib/progress';
import { updateProgress, useHydrated, useProgress } from '@/lib/progress-store';
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
  noJsNote: string;
  share: ShareLabels;
}

interface Props {
  /** Where the whole question bank lives (JSON, same origin); until it arrives, attempts draw from the sample. */
  bankUrl: string;
  /** What the page shows without JavaScript: a fixed sample with the answers in disclosures. */
  sample: PlayableItem[];
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

/** The question bank, fetched once; the sample stands in while it loads or if the network fails. */
function useBank(url: string, fallback: PlayableItem[]): PlayableItem[] {
  const [bank, setBank] = useState<PlayableItem[] | null>(null);
  useEffect(() => {
    let live = true;
    fetch(url)
      .then((r) => (r.ok ? (r.json() as Promise<PlayableItem[]>) : null))
      .then((items) => {
        if (live && Array.isArray(items) && items.length > 0) setBank(items);
      })
      .catch(() => {});
    return () => {
      live = false;
    };
  }, [url]);
  return bank ?? fallback;
}

export function SelfTest({ bankUrl, sample, topics, count, locale, labels, questionLabels }: Props) {
  const hydrated = useHydrated();
  const bank = useBank(bankUrl, sample);
  const progress = useProgress();
  const [stage, setStage] = useState<Stage>({ name: 'intro' });
  const headingRef = useRef<HTMLHeadingElement>(null);
  const focusHeading = () => requestAnimationFrame(() => headingRef.current?.focus());

  const missedInBank = progress.missed.filter((id) => bank.some((item) => item.id === id));
  const begin = (review: boolean) => {
    const items = review ? drawReview(bank, missedInBank, count, Math.random) : drawBalanced(bank, count, Math.random);
    setStage({ name: 'playing', items, index: 0, answers: {}, answered: false, review });
    focusHeading();
  };

  if (stage.name === 'intro') {
    // Without JavaScript a fixed sample is shown with its answers; with it, the start button. Both are in
    // the HTML and CSS shows the right one at first paint (data-needs-js / data-no-js), so nothing shifts.
    return (
      <>
        {!hydrated && (
          <div data-no-js>
            <p className="mb-4 rounded-lg bg-note-wash p-3">{labels.noJsNote}</p>
            <ol className="space-y-4">
              {sample.map((item) => (
                <li key={item.id}>
                  <QuestionCard item={item} labels={questionLabels} locale={locale} />
                </li>
              ))}
            </ol>
          </div>
        )}
        <div className="flex flex-wrap gap-3" data-needs-js>
          <button
            type="button"
            onClick={() => begin(false)}
            className="min-h-14 rounded-xl bg-brand px-8 text-xl font-bold text-white hover:bg-brand-dark"
          >
            {labels.start}
          </button>
          {missedInBank.length > 0 && (
            <button
              type="button"
              onClick={() => begin(true)}
              className="min-h-14 rounded-xl border-2 border-brand px-6 text-lg font-bold text-brand-dark"
            >
              {fill(labels.review, { count: missedInBank.length })}
            </button>
          )}
        </div>
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
          onClick={() => begin(false)}
          className="min-h-14 rounded-xl bg-brand px-6 text-lg font-bold text-white"
        >
          {labels.retry}
        </button>
        {missedLeft > 0 && (
          <button
            type="button"
            onClick={() => begin(true)}
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
