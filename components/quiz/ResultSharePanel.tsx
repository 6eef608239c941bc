'use client';

import { fill } from '@/lib/quiz/fill';
import type { QuizMessages, ShareLinks } from '@/lib/quiz/types';
import { ShareActions } from '../share/ShareActions';

function ShareRow({ id, label, text, quiz }: { id: string; label: string; text: string; quiz: QuizMessages['quiz'] }) {
  return (
    <div className="space-y-2">
      <label htmlFor={id} className="block font-bold">
        {label}
      </label>
      <textarea
        id={id}
        readOnly
        value={text}
        rows={3}
        className="w-full rounded-lg border-2 border-line p-2"
        onFocus={(e) => e.currentTarget.select()}
      />
      <ShareActions value={text} share={{ text }} labels={{ copy: quiz.copy, copied: quiz.copied, share: quiz.systemShare }} />
    </div>
  );
}

/** After a self-test: the score to share with a link to the test, and one question to challenge a friend with. */
export function ResultSharePanel({
  links,
  correct,
  total,
  challengeId,
  messages: { quiz },
}: {
  links: ShareLinks;
  correct: number;
  total: number;
  challengeId: string;
  messages: QuizMessages;
}) {
  // Shown once a self-test is done, so only ever in the browser: addresses on the reader's own origin.
  const quizUrl = new URL(links.quiz, window.location.origin).href;
  const challengeUrl = new URL(fill(links.challenge, { id: challengeId }), window.location.origin).href;
  return (
    <section aria-labelledby="result-share-title" className="space-y-6 rounded-2xl border-2 border-line p-4">
      <h3 id="result-share-title" className="text-xl">
        {quiz.share}
      </h3>
      <ShareRow id="share-result" label={quiz.share} text={`${fill(quiz.shareText, { correct, total })}${quizUrl}`} quiz={quiz} />
      <ShareRow id="share-challenge" label={quiz.challenge} text={`${quiz.challengeText}${challengeUrl}`} quiz={quiz} />
    </section>
  );
}
