import { ClueList } from '@/components/phone/ClueList';
import { PhoneScreen } from '@/components/phone/PhoneScreen';
import type { QuestionLabels } from '@/lib/quiz/labels';
import type { PlayableScenario } from '@/lib/quiz/types';

/**
 * A scenario's message as the reader's phone shows it. Once the question is answered, its clues are
 * marked on the message and listed under it.
 */
export function ScenarioView({
  scenario,
  labels,
  locale,
  showClues = false,
}: {
  scenario: PlayableScenario;
  labels: QuestionLabels;
  locale: string;
  showClues?: boolean;
}) {
  return (
    <>
      <PhoneScreen scenario={scenario} labels={labels.phone} marks={showClues ? scenario.clues.map((c) => c.span) : []} />
      {showClues && <ClueList clues={scenario.clues} genuine={scenario.genuine} labels={labels.phone} locale={locale} />}
    </>
  );
}
