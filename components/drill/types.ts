import type { MessagesOf } from '@/i18n/client-messages';
import type { Drill, PhoneScenario } from '@/lib/content/model';

export type DrillChoice = Drill['steps'][number]['choices'][number];

/** One step as the walkthrough draws it, its lesson reference resolved to a link. */
export interface PlayableDrillStep {
  stage: string;
  scenario: PhoneScenario;
  prompt: string;
  choices: DrillChoice[];
  learn: { href: string; title: string };
}

/** The walkthrough's strings, and the phone's for its messages. */
export type DrillMessages = MessagesOf<'drill' | 'phone'>;
export type DrillText = DrillMessages['drill'];
