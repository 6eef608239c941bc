import { ClueList } from '@/components/scenario/ClueList';
import { ScenarioScreen } from '@/components/scenario/ScenarioScreen';
import type { PlayableScenario, QuizMessages } from '@/lib/quiz/types';

/**
 * A scenario's message as the reader's phone shows it. Once the question is answered, its clues are
 * marked on the message and listed under it.
 */
export function ScenarioView({
  scenario,
  messages,
  locale,
  showClues = false,
}: {
  scenario: PlayableScenario;
  messages: QuizMessages;
  locale: string;
  showClues?: boolean;
}) {
  return (
    <>
      <ScenarioScreen scenario={scenario} messages={messages} marks={showClues ? scenario.clues.map((c) => c.span) : []} />
      {showClues && <ClueList clues={scenario.clues} genuine={scenario.genuine} messages={messages} locale={locale} />}
    </>
  );
}
