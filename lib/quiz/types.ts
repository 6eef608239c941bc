import type { MessagesOf } from '@/i18n/client-messages';
import type { Scenario } from '@/lib/content/model';

/** What every quiz component reads: the quiz strings, and the phone's for scenarios. */
export type QuizMessages = MessagesOf<'quiz' | 'scenario'>;

/** The plain data a quiz component needs about one item (serialisable, no functions). */
export interface QuizOption {
  id: string;
  text: string;
}

/** A clue marked on a scenario's message once answered, with the lesson section that teaches it. */
export interface PlayableClue {
  span: string;
  reason: string;
  href: string;
  title: string;
}

export type PlayableScenario = Scenario & { clues: PlayableClue[]; genuine: boolean };

export interface PlayableItem {
  id: string;
  topic: string;
  type: 'single' | 'multiple' | 'truefalse' | 'scenario';
  prompt: string;
  scenario?: PlayableScenario;
  options: QuizOption[];
  answer: string[];
  explanation: string;
  /** The explanation cites the law in this language's unofficial translation: the reader is told so. */
  lawTranslated?: true;
  /** Where the lesson teaches this, as a path inside the locale (with #section). */
  learnHref: string;
  learnTitle: string;
}

/** Where the self-test's share texts point, as paths with the locale: the test, and one question ("{id}"). */
export interface ShareLinks {
  quiz: string;
  challenge: `${string}{id}/`;
}

export interface TopicInfo {
  title: string;
  href: string;
}
