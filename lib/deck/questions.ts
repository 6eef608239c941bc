import type { TopicQuizItem } from '@/lib/content/model';
import { messageText } from '@/lib/scenario';
import { LIMITS, textWidth } from './text';

type Item = Pick<TopicQuizItem, 'id' | 'type' | 'prompt' | 'options' | 'answer' | 'genuine' | 'scenario'>;
export type DeckQuestion<T extends Item = Item> = T & { scenario: NonNullable<T['scenario']> };

const sum = (texts: string[]) => texts.reduce((total, t) => total + textWidth(t), 0);

/** A message's bubble, name and spacing take about a short line of their own. */
const MESSAGE_OVERHEAD = 12;

/** What the phone shows of a scenario, in units (see textWidth), each message's frame counted. */
export const scenarioWidth = (s: NonNullable<Item['scenario']>) =>
  sum([s.from, s.note ?? '', s.context ?? '', ...s.messages.map(messageText)]) + MESSAGE_OVERHEAD * s.messages.length;

/** A judgement item: its only two options are "scam" and "genuine". */
export const isJudgement = (item: Item) =>
  item.options.length === 2 &&
  item.options
    .map((o) => o.id)
    .sort()
    .join() === 'genuine,scam';

/** Whether an item's slides hold it at the deck's type size: the message, the options, the clues. */
export function fitsSlide(item: Item): boolean {
  const s = item.scenario;
  if (!s) return false;
  return (
    scenarioWidth(s) <= LIMITS.scenario &&
    sum(item.options.map((o) => o.text)) <= LIMITS.options &&
    sum(s.clues.flatMap((c) => [c.span, c.reason])) <= LIMITS.clues
  );
}

/**
 * The two or three questions a lesson's deck asks the room, from the lesson's bank items: scenario
 * items only (a message to judge), judgement items ("scam or genuine?") before any other, those that
 * fit a slide, in bank order, with a genuine message among them when one fits (a room that only ever
 * sees scams learns to distrust everything).
 */
export function deckQuestions<T extends Item>(items: readonly T[]): DeckQuestion<T>[] {
  const fitting = items.filter((i): i is DeckQuestion<T> => !!i.scenario && fitsSlide(i));
  const ranked = [...fitting.filter(isJudgement), ...fitting.filter((i) => !isJudgement(i))];
  const picked = ranked.slice(0, 3);
  const genuine = ranked.find((i) => i.genuine);
  if (genuine && !picked.includes(genuine)) picked[picked.length - 1] = genuine;
  return picked;
}
