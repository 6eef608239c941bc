import type { ReactNode } from 'react';
import { fill } from '@/lib/quiz/fill';
import { rightOptions } from '@/lib/quiz/score';
import type { PlayableItem, QuizMessages } from '@/lib/quiz/types';
import { ClueList } from '@/components/scenario/ClueList';
import { ScenarioView } from './ScenarioView';
import { localePath } from '@/lib/routes';

export const LETTERS = 'ABCDE';

/** "A. …；C. …": the right options, as the feedback and the disclosure write them. */
export function rightAnswerText(item: PlayableItem): string {
  const letter = (id: string) => LETTERS[item.options.findIndex((o) => o.id === id)] ?? '';
  return rightOptions(item)
    .map((o) => `${letter(o.id)}. ${o.text}`)
    .join('；');
}

export function LearnLink({ item, messages, locale }: { item: PlayableItem; messages: QuizMessages; locale: string }) {
  return (
    <a href={localePath(locale, item.learnHref)} className="inline-flex min-h-11 items-center">
      {fill(messages.quiz.learnMore, { title: item.learnTitle })}
    </a>
  );
}

/**
 * Why the answer is right, with the translation note when it quotes the law in English. A blank line in
 * the explanation starts a new paragraph: a long one reads better in two on a small screen.
 */
export function Explanation({ item, messages, className }: { item: PlayableItem; messages: QuizMessages; className: string }) {
  return (
    <>
      {item.explanation.split('\n\n').map((paragraph, i) => (
        <p key={i} className={i === 0 ? className : 'mt-2'} data-explanation>
          {paragraph}
        </p>
      ))}
      {item.lawTranslated && (
        <p role="note" className="mt-1 text-base text-note" data-law-note>
          {messages.quiz.lawTranslated}
        </p>
      )}
    </>
  );
}

export function QuestionPrompt({ item, messages, heading }: { item: PlayableItem; messages: QuizMessages; heading?: string }) {
  return (
    <>
      {heading && <span className="mb-1 block text-base font-semibold text-muted">{heading}</span>}
      <span className="block text-xl font-bold">{item.prompt}</span>
      {item.type === 'multiple' && <span className="block text-base font-normal text-muted">{messages.quiz.multipleHint}</span>}
    </>
  );
}

/**
 * A question as plain HTML: its options and a disclosure with the answer. What a reader without
 * JavaScript gets, and what QuestionCard shows before it becomes interactive. No hooks: the server
 * can render it alone.
 */
export function StaticQuestion({
  item,
  messages,
  heading,
  locale,
}: {
  item: PlayableItem;
  messages: QuizMessages;
  heading?: string;
  locale: string;
}): ReactNode {
  return (
    <div className="rounded-2xl border-2 border-line p-4" data-question={item.id}>
      {item.scenario && <ScenarioView scenario={item.scenario} messages={messages} locale={locale} />}
      <p>
        <QuestionPrompt item={item} messages={messages} heading={heading} />
      </p>
      <ol className="mt-3 space-y-2">
        {item.options.map((o, i) => (
          <li key={o.id} className="rounded-lg bg-wash px-3 py-2">
            <span className="mr-2 font-bold">{LETTERS[i]}.</span>
            {o.text}
          </li>
        ))}
      </ol>
      <details className="mt-3">
        <summary className="inline-flex min-h-11 cursor-pointer items-center font-semibold text-link">
          {messages.quiz.showAnswer}
        </summary>
        <div className="mt-2 rounded-lg bg-note-wash p-3">
          <p className="font-bold">
            {messages.quiz.rightAnswer}
            {rightAnswerText(item)}
          </p>
          <Explanation item={item} messages={messages} className="mt-1" />
          <LearnLink item={item} messages={messages} locale={locale} />
          {item.scenario && (
            <ClueList clues={item.scenario.clues} genuine={item.scenario.genuine} messages={messages} locale={locale} />
          )}
        </div>
      </details>
    </div>
  );
}
