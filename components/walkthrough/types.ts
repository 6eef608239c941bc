import type { MessagesOf } from '@/i18n/client-messages';
import type { WalkthroughFile, Scenario } from '@/lib/content/model';

export type WalkthroughChoice = WalkthroughFile['steps'][number]['choices'][number];

/** One step as the walkthrough draws it, its lesson reference resolved to a link. */
export interface PlayableWalkthroughStep {
  stage: string;
  scenario: Scenario;
  prompt: string;
  choices: WalkthroughChoice[];
  learn: { href: string; title: string };
}

/** The walkthrough's strings, and the phone's for its messages. */
export type WalkthroughMessages = MessagesOf<'walkthrough' | 'scenario'>;
export type WalkthroughText = WalkthroughMessages['walkthrough'];
