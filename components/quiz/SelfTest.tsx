'use client';

import { useRef, useState } from 'react';
import { useFetched } from '@/lib/fetched';
import { recordAnswers, recordSelfTest } from '@/lib/progress';
import { updateProgress, useProgress } from '@/lib/progress-store';
import { attemptSeed, endAttempt } from '@/lib/quiz/attempt';
import type { Confidence } from '@/lib/quiz/calibration';
import { drawReview, drawSelfTest } from '@/lib/quiz/draw';
import { fill } from '@/lib/quiz/fill';
import { seededRandom, withShuffledOptions } from '@/lib/quiz/random';
import { scoreAttempt, type AttemptScore } from '@/lib/quiz/score';
import type { PlayableItem, QuizMessages, ShareLinks, TopicInfo } from '@/lib/quiz/types';
import { QuestionCard } from './QuestionCard';
import { SelfTestResult } from './SelfTestResult';

interface Props {
  /** Where the whole question bank lives (JSON, same origin), fetched once the page has loaded. */
  bankUrl: string;
  links: ShareLinks;
  topics: Record<string, TopicInfo>;
  count: number;
  locale: string;
  messages: QuizMessages;
}

type Stage =
  | { name: 'intro' }
  | {
      name: 'playing';
      items: PlayableItem[];
      index: number;
      answers: Record<string, string[]>;
      confidence: Record<string, Confidence>;
      answered: boolean;
      review: boolean;
    }
  | { name: 'done'; items: PlayableItem[]; score: AttemptScore; confidence: Record<string, Confidence>; review: boolean };

/** The question bank: a non-empty list, or nothing. */
const readBank = (body: unknown) => (Array.isArray(body) && body.length > 0 ? (body as PlayableItem[]) : undefined);

export function SelfTest({ bankUrl, links, topics, count, locale, messages }: Props) {
  const { quiz } = messages;
  const { data: bank = [], load: loadBank } = useFetched(bankUrl, readBank);
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
    // One seed per attempt draws the questions and orders their options (lib/quiz/attempt.ts).
    const seed = attemptSeed(review, () => Math.floor(Math.random() * 2 ** 32));
    const random = seededRandom(seed);
    const drawn = review ? drawReview(all, missed, count, random) : drawSelfTest(all, count, random);
    const items = drawn.map((item) => withShuffledOptions(item, seed));
    setStage({ name: 'playing', items, index: 0, answers: {}, confidence: {}, answered: false, review });
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
            {quiz.start}
          </button>
          {missedInBank.length > 0 && (
            <button
              type="button"
              onClick={() => void begin(true)}
              className="min-h-14 rounded-xl border-2 border-brand px-6 text-lg font-bold text-brand-dark"
            >
              {fill(quiz.review, { count: missedInBank.length })}
            </button>
          )}
        </div>
        {bankFailed && (
          <p role="alert" className="mt-3 font-bold text-brand-dark">
            {quiz.bankError}
          </p>
        )}
      </>
    );
  }

  if (stage.name === 'playing') {
    const item = stage.items[stage.index]!;
    const last = stage.index === stage.items.length - 1;
    const onAnswered = (correct: boolean, chosen: string[], sure?: Confidence) => {
      const confidence = sure ? { ...stage.confidence, [item.id]: sure } : stage.confidence;
      setStage({ ...stage, answers: { ...stage.answers, [item.id]: chosen }, confidence, answered: true });
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
      endAttempt();
      setStage({ name: 'done', items: stage.items, score, confidence: stage.confidence, review: stage.review });
      focusHeading();
    };
    const position = fill(quiz.progress, { current: stage.index + 1, total: stage.items.length });
    return (
      <div>
        <h2 ref={headingRef} tabIndex={-1} className="text-lg font-bold outline-none">
          {stage.review && `${quiz.reviewTitle} · `}
          {position}
        </h2>
        <progress
          className="mb-4 h-3 w-full accent-[var(--color-brand)]"
          max={stage.items.length}
          value={stage.index + (stage.answered ? 1 : 0)}
          aria-label={position}
        />
        <QuestionCard key={item.id} item={item} messages={messages} locale={locale} onAnswered={onAnswered} askConfidence />
        {stage.answered && (
          <button
            type="button"
            onClick={next}
            className="mt-4 min-h-14 w-full rounded-xl bg-ink px-6 text-xl font-bold text-white sm:w-auto"
          >
            {last ? quiz.finish : quiz.next} →
          </button>
        )}
      </div>
    );
  }

  return (
    <SelfTestResult
      items={stage.items}
      score={stage.score}
      confidence={stage.confidence}
      missedLeft={progress.missed.filter((id) => bank.some((item) => item.id === id)).length}
      topics={topics}
      locale={locale}
      messages={messages}
      links={links}
      headingRef={headingRef}
      onRetry={() => void begin(false)}
      onReview={() => void begin(true)}
    />
  );
}
