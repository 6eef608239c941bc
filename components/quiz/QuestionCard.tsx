'use client';

import { useId, useRef, useState } from 'react';
import { useHydrated } from '@/lib/progress-store';
import type { Confidence } from '@/lib/quiz/calibration';
import { isCorrect } from '@/lib/quiz/score';
import type { PlayableItem, QuizMessages } from '@/lib/quiz/types';
import { ScenarioView } from './ScenarioView';
import { Explanation, LETTERS, LearnLink, QuestionPrompt, StaticQuestion, rightAnswerText } from './StaticQuestion';

interface Props {
  item: PlayableItem;
  messages: QuizMessages;
  /** Shown before the prompt, e.g. "第 3 / 20 题". */
  heading?: string;
  locale: string;
  onAnswered?: (correct: boolean, chosen: string[], confidence?: Confidence) => void;
  /** Ask "how sure are you?" (optional for the reader) before the answer is checked. */
  askConfidence?: boolean;
}

/**
 * One question. Server-rendered (and with JavaScript off) it shows the options and a disclosure with
 * the answer; once hydrated it becomes a form with immediate feedback that takes the focus.
 */
export function QuestionCard({ item, messages, heading, locale, onAnswered, askConfidence = false }: Props) {
  const labels = messages.quiz;
  const hydrated = useHydrated();
  const [chosen, setChosen] = useState<string[]>([]);
  const [submitted, setSubmitted] = useState(false);
  const [hint, setHint] = useState(false);
  const [confidence, setConfidence] = useState<Confidence | undefined>();
  const feedbackRef = useRef<HTMLDivElement>(null);
  const uid = useId();
  const multiple = item.type === 'multiple';
  const rightText = rightAnswerText(item);
  const learnLink = <LearnLink item={item} messages={messages} locale={locale} />;
  const prompt = <QuestionPrompt item={item} messages={messages} heading={heading} />;

  if (!hydrated) return <StaticQuestion item={item} messages={messages} heading={heading} locale={locale} />;

  const right = submitted && isCorrect(item, chosen);
  const toggle = (id: string) => {
    if (submitted) return;
    setHint(false);
    setChosen((prev) => (multiple ? (prev.includes(id) ? prev.filter((x) => x !== id) : [...prev, id]) : [id]));
  };
  const submit = (event: React.FormEvent) => {
    event.preventDefault();
    if (submitted) return;
    if (chosen.length === 0) {
      setHint(true);
      return;
    }
    setSubmitted(true);
    onAnswered?.(isCorrect(item, chosen), chosen, confidence);
    requestAnimationFrame(() => feedbackRef.current?.focus());
  };

  return (
    <form onSubmit={submit} className="rounded-2xl border-2 border-line p-4" data-question={item.id} noValidate>
      {item.scenario && <ScenarioView scenario={item.scenario} messages={messages} locale={locale} showClues={submitted} />}
      <fieldset disabled={submitted}>
        <legend className="mb-3">{prompt}</legend>
        <div className="space-y-2">
          {item.options.map((o, i) => {
            const isAnswer = item.answer.includes(o.id);
            const picked = chosen.includes(o.id);
            const state = !submitted
              ? picked
                ? 'border-link bg-[#e8f0fb]'
                : 'border-line'
              : isAnswer
                ? 'border-safe bg-[#e6f4ea]'
                : picked
                  ? 'border-brand bg-brand-wash'
                  : 'border-line opacity-80';
            return (
              <label
                key={o.id}
                htmlFor={`${uid}-${o.id}`}
                className={`flex min-h-12 cursor-pointer items-start gap-3 rounded-xl border-2 px-3 py-2 ${state}`}
              >
                <input
                  id={`${uid}-${o.id}`}
                  type={multiple ? 'checkbox' : 'radio'}
                  name={`${uid}-answer`}
                  value={o.id}
                  checked={picked}
                  onChange={() => toggle(o.id)}
                  className="mt-1.5 size-5 shrink-0 accent-[var(--color-link)]"
                />
                <span>
                  <span className="mr-1 font-bold">{LETTERS[i]}.</span>
                  {o.text}
                  {submitted && isAnswer && <span className="ml-2 font-bold text-safe">✓ {labels.isRight}</span>}
                  {submitted && picked && !isAnswer && (
                    <span className="ml-2 font-bold text-brand-dark">✗ {labels.yourAnswer}</span>
                  )}
                </span>
              </label>
            );
          })}
        </div>
      </fieldset>
      {askConfidence && (
        <fieldset disabled={submitted} className="mt-4" data-confidence={confidence ?? ''}>
          <legend className="mb-2 font-bold">{labels.confidence.question}</legend>
          <div className="flex flex-wrap gap-2">
            {(['sure', 'unsure'] as const).map((level) => (
              <label
                key={level}
                className={`flex min-h-12 cursor-pointer items-center gap-2 rounded-xl border-2 px-4 ${
                  confidence === level ? 'border-link bg-[#e8f0fb] font-bold' : 'border-line'
                }`}
              >
                <input
                  type="radio"
                  name={`${uid}-confidence`}
                  value={level}
                  checked={confidence === level}
                  onChange={() => setConfidence(level)}
                  className="size-5 accent-[var(--color-link)]"
                />
                {labels.confidence[level]}
              </label>
            ))}
          </div>
        </fieldset>
      )}
      {!submitted && (
        <div className="mt-4">
          <button type="submit" className="min-h-12 rounded-xl bg-brand px-6 text-lg font-bold text-white hover:bg-brand-dark">
            {labels.submit}
          </button>
          {hint && (
            <p role="alert" className="mt-2 text-brand-dark">
              {labels.chooseFirst}
            </p>
          )}
        </div>
      )}
      <div
        ref={feedbackRef}
        tabIndex={-1}
        aria-live="polite"
        className="outline-none focus-visible:outline-3 focus-visible:outline-link"
      >
        {submitted && (
          <div
            className={`mt-4 rounded-xl p-4 ${right ? 'bg-[#e6f4ea]' : 'bg-brand-wash'}`}
            data-feedback={right ? 'correct' : 'wrong'}
          >
            <p className={`text-xl font-bold ${right ? 'text-safe' : 'text-brand-dark'}`}>
              {right ? labels.correct : labels.wrong}
            </p>
            {!right && (
              <p className="mt-1 font-bold">
                {labels.rightAnswer}
                {rightText}
              </p>
            )}
            <Explanation item={item} messages={messages} className="mt-2" />
            {learnLink}
          </div>
        )}
      </div>
    </form>
  );
}
