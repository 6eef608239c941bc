'use client';

import type { RefObject } from 'react';
import { calibratedBand, isHard, orderMistakes, type Confidence } from '@/lib/quiz/calibration';
import { fill } from '@/lib/quiz/fill';
import { gradeBand, rightOptions, type AttemptScore } from '@/lib/quiz/score';
import type { PlayableItem, QuizMessages, ShareLinks, TopicInfo } from '@/lib/quiz/types';
import { ResultSharePanel } from './ResultSharePanel';
import { Explanation } from './StaticQuestion';
import { localePath } from '@/lib/routes';

interface Props {
  items: PlayableItem[];
  score: AttemptScore;
  confidence: Record<string, Confidence>;
  missedLeft: number;
  topics: Record<string, TopicInfo>;
  locale: string;
  messages: QuizMessages;
  links: ShareLinks;
  headingRef: RefObject<HTMLHeadingElement | null>;
  onRetry: () => void;
  onReview: () => void;
}

/** One missed item: the right answer, why, and where the lesson teaches it. */
function Mistake({ item, sure, locale, messages }: { item: PlayableItem; sure: boolean } & Pick<Props, 'locale' | 'messages'>) {
  const { quiz } = messages;
  return (
    <li
      className={`rounded-xl border-2 p-4 ${sure ? 'border-brand' : 'border-line'}`}
      id={`m-${item.id}`}
      data-missed={item.id}
      data-sure={sure || undefined}
    >
      {sure && <p className="mb-1 font-bold text-brand-dark">{quiz.sureWrongTag}</p>}
      <p className="font-bold">{item.prompt}</p>
      <p className="mt-1 text-safe">
        {quiz.rightAnswer}
        {rightOptions(item)
          .map((o) => o.text)
          .join('；')}
      </p>
      <Explanation item={item} messages={messages} className="mt-1" />
      <a href={localePath(locale, item.learnHref)} className="inline-flex min-h-11 items-center">
        {fill(quiz.learnMore, { title: item.learnTitle })}
      </a>
    </li>
  );
}

export function SelfTestResult({
  items,
  score,
  confidence,
  missedLeft,
  topics,
  locale,
  messages,
  links,
  headingRef,
  onRetry,
  onReview,
}: Props) {
  const { quiz } = messages;
  const raw = gradeBand(score.correct, score.total, [score.scam, score.genuine]);
  const capped = raw !== gradeBand(score.correct, score.total);
  const band = calibratedBand(raw, items, score.missed, confidence);
  const missedItems = items.filter((i) => score.missed.includes(i.id));
  const { sureWrong, other } = orderMistakes(missedItems, confidence);
  const hardMissed = missedItems.some(isHard);
  const reviewTopics = [...new Set(missedItems.map((i) => i.topic))].map((t) => topics[t]!).filter(Boolean);
  const challenge = items.find((i) => !score.missed.includes(i.id)) ?? items[0]!;
  const mistake = (item: PlayableItem, sure: boolean) => (
    <Mistake key={item.id} item={item} sure={sure} locale={locale} messages={messages} />
  );

  return (
    <div className="space-y-8" data-result={band}>
      <div className="rounded-2xl border-2 border-brand bg-brand-wash p-4 md:p-6">
        <h2 ref={headingRef} tabIndex={-1} className="text-2xl outline-none">
          {quiz.resultTitle}
        </h2>
        <p className="mt-2 text-4xl font-bold text-brand-dark" data-score={`${score.correct}/${score.total}`}>
          {fill(quiz.score, { correct: score.correct, total: score.total })}
        </p>
        <ul className="mt-2 text-lg font-bold" data-detector>
          {(['scam', 'genuine'] as const).map(
            (side) =>
              score[side].total > 0 && (
                <li key={side} data-side={side}>
                  {fill(quiz.detector[side], { right: score[side].right, total: score[side].total })}
                  {score[side].missed.map((id, n) => (
                    <a key={id} href={`#m-${id}`} className="ml-2 font-normal">
                      {n === 0 && `${quiz.detector.missed} `}
                      {items.find((i) => i.id === id)?.scenario?.from}
                    </a>
                  ))}
                </li>
              ),
          )}
        </ul>
        <p className="mt-2 text-xl font-bold">{quiz.bands[band].title}</p>
        <p className="mt-1">{quiz.bands[band].advice}</p>
        {capped && <p className="mt-2 font-bold">{quiz.detector.rule}</p>}
        {band !== raw && hardMissed && <p className="mt-2 font-bold">{quiz.hardMissed}</p>}
      </div>

      {sureWrong.length > 0 && (
        <section aria-labelledby="sure-wrong" data-sure-wrong>
          <h3 id="sure-wrong" className="text-xl text-brand-dark">
            {quiz.sureWrong}
          </h3>
          <p className="mt-1">{quiz.sureWrongIntro}</p>
          <ol className="mt-2 space-y-3">{sureWrong.map((item) => mistake(item, true))}</ol>
        </section>
      )}

      <section aria-labelledby="by-topic">
        <h3 id="by-topic" className="text-xl">
          {quiz.byTopic}
        </h3>
        <table className="mt-2 w-full border-collapse text-left">
          <tbody>
            {score.byTopic.map((t) => (
              <tr key={t.topic} className="border-b border-line">
                <th scope="row" className="py-2 pr-2 font-normal">
                  <a href={localePath(locale, topics[t.topic]?.href ?? '/')}>{topics[t.topic]?.title ?? t.topic}</a>
                </th>
                <td className={`py-2 text-right font-bold ${t.correct === t.total ? 'text-safe' : 'text-brand-dark'}`}>
                  {fill(quiz.topicScore, { correct: t.correct, total: t.total })}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>

      <section aria-labelledby="mistakes">
        <h3 id="mistakes" className="text-xl">
          {quiz.mistakes}
        </h3>
        {missedItems.length === 0 ? (
          <p className="mt-2">{quiz.noMistakes}</p>
        ) : (
          other.length > 0 && <ol className="mt-2 space-y-3">{other.map((item) => mistake(item, false))}</ol>
        )}
        {reviewTopics.length > 0 && (
          <>
            <h3 className="mt-4 text-xl">{quiz.lessonsToReview}</h3>
            <ul className="mt-2 list-disc pl-6">
              {reviewTopics.map((t) => (
                <li key={t.href}>
                  <a href={localePath(locale, t.href)} className="inline-flex min-h-11 items-center">
                    {t.title}
                  </a>
                </li>
              ))}
            </ul>
          </>
        )}
      </section>

      <div className="flex flex-wrap gap-3">
        <button type="button" onClick={onRetry} className="min-h-14 rounded-xl bg-brand px-6 text-lg font-bold text-white">
          {quiz.retry}
        </button>
        {missedLeft > 0 && (
          <button
            type="button"
            onClick={onReview}
            className="min-h-14 rounded-xl border-2 border-brand px-6 text-lg font-bold text-brand-dark"
          >
            {fill(quiz.review, { count: missedLeft })}
          </button>
        )}
      </div>

      <ResultSharePanel
        links={links}
        correct={score.correct}
        total={score.total}
        challengeId={challenge.id}
        messages={messages}
      />
    </div>
  );
}
