'use client';

import { useEffect, useRef, useState } from 'react';
import { markLessonQuizPassed, markRead, recordAnswers } from '@/lib/progress';
import { updateProgress, useHydrated } from '@/lib/progress-store';
import { fill } from '@/lib/quiz/fill';
import { lessonQuizPassed } from '@/lib/quiz/score';
import type { PlayableItem, QuizMessages } from '@/lib/quiz/types';
import { QuestionCard } from './QuestionCard';

interface Props {
  /** "case:fake-loan" — the key progress is kept under. */
  lessonKey: string;
  items: PlayableItem[];
  messages: QuizMessages;
  locale: string;
}

/** The questions at the end of a lesson. Reaching them counts the lesson as read. */
export function LessonQuiz({ lessonKey, items, messages, locale }: Props) {
  const { quiz } = messages;
  const hydrated = useHydrated();
  const ref = useRef<HTMLElement>(null);
  const [results, setResults] = useState<Record<string, boolean>>({});
  const [round, setRound] = useState(0);

  useEffect(() => {
    const node = ref.current;
    if (!node || typeof IntersectionObserver === 'undefined') return;
    const observer = new IntersectionObserver((entries) => {
      if (entries.some((e) => e.isIntersecting)) {
        updateProgress((p) => markRead(p, lessonKey));
        observer.disconnect();
      }
    });
    observer.observe(node);
    return () => observer.disconnect();
  }, [lessonKey]);

  const answered = Object.keys(results).length;
  const correct = Object.values(results).filter(Boolean).length;
  const done = answered === items.length;
  const passed = done && lessonQuizPassed(correct, items.length);

  const onAnswered = (id: string, right: boolean) => {
    const next = { ...results, [id]: right };
    setResults(next);
    updateProgress((p) => {
      const withAnswer = recordAnswers(p, [{ id, correct: right }]);
      const all = Object.values(next);
      return all.length === items.length && lessonQuizPassed(all.filter(Boolean).length, items.length)
        ? markLessonQuizPassed(withAnswer, lessonKey)
        : withAnswer;
    });
  };

  return (
    <section
      ref={ref}
      id="check"
      aria-labelledby="check-title"
      className="no-print mt-12 scroll-mt-4 rounded-2xl bg-wash p-4 md:p-6"
    >
      <h2 id="check-title" className="text-2xl">
        {quiz.lessonQuizTitle}
      </h2>
      <p className="mt-1 text-muted">{fill(quiz.lessonQuizIntro, { count: items.length })}</p>
      <ol className="mt-4 space-y-4">
        {items.map((item) => (
          <li key={`${round}-${item.id}`}>
            <QuestionCard item={item} messages={messages} locale={locale} onAnswered={(right) => onAnswered(item.id, right)} />
          </li>
        ))}
      </ol>
      {hydrated && done && (
        <div
          role="status"
          className={`mt-4 rounded-xl p-4 text-lg font-bold ${passed ? 'bg-[#e6f4ea] text-safe' : 'bg-brand-wash text-brand-dark'}`}
        >
          <p>
            {fill(quiz.lessonQuizResult, { correct, total: items.length })}{' '}
            {passed ? quiz.lessonQuizPassed : quiz.lessonQuizRetry}
          </p>
          {!passed && (
            <button
              type="button"
              onClick={() => {
                setResults({});
                setRound((r) => r + 1);
              }}
              className="mt-2 min-h-12 rounded-xl border-2 border-brand-dark bg-paper px-5 text-brand-dark"
            >
              {quiz.lessonQuizAgain}
            </button>
          )}
        </div>
      )}
    </section>
  );
}
