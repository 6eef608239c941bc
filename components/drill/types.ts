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

export interface DrillLabels {
  step: string;
  safe: string;
  risky: string;
  happened: string;
  flag: string;
  why: string;
  next: string;
  continue: string;
  finish: string;
  doneTitle: string;
  doneScore: string;
  remember: string;
  lesson: string;
  again: string;
  noJs: string;
}
