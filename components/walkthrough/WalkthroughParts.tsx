import { fill } from '@/lib/quiz/fill';
import type { WalkthroughChoice, WalkthroughText } from './types';

/** What a choice leads to: for a risky one the real victim's story and the red flag, for a safe one why it works and what comes next. */
export function Outcome({ choice, labels }: { choice: WalkthroughChoice; labels: WalkthroughText }) {
  return (
    <div
      className={`rounded-xl p-3 ${choice.safe ? 'bg-[#e6f4ea]' : 'bg-brand-wash'}`}
      data-outcome={choice.safe ? 'safe' : 'risky'}
    >
      <p className={`text-lg font-bold ${choice.safe ? 'text-safe' : 'text-brand-dark'}`}>
        {choice.safe ? `✓ ${labels.safe}` : `✗ ${labels.risky}`}
      </p>
      <p className="mt-1">
        {!choice.safe && <strong>{labels.happened}</strong>}
        {choice.safe && <strong>{labels.why}</strong>}
        {choice.outcome}
      </p>
      <p className="mt-1">
        <strong>{choice.safe ? labels.next : labels.flag}</strong>
        {choice.safe ? choice.next : choice.flag}
      </p>
    </div>
  );
}

/** The end of a walkthrough: the lesson's 切记 and the way back to the lesson. */
export function WalkthroughEnd({
  remember,
  lesson,
  labels,
}: {
  remember: string;
  lesson: { href: string; title: string };
  labels: WalkthroughText;
}) {
  return (
    <div className="mt-6 rounded-2xl border-2 border-brand bg-brand-wash p-4" data-walkthrough-end>
      <p className="text-xl font-bold text-brand-dark">{labels.remember}</p>
      <p className="mt-1 text-lg">{remember}</p>
      <a href={lesson.href} className="mt-2 inline-flex min-h-11 items-center font-bold">
        {fill(labels.lesson, { title: lesson.title })}
      </a>
    </div>
  );
}
