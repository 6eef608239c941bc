import type { ScenarioMessage, ScenarioPart, Scenario } from '@/lib/content/model';

/** One string the phone shows, with a key the renderer asks for it by. */
export interface Slot {
  key: string;
  text: string;
}

const partText = (p: ScenarioPart) =>
  'text' in p
    ? p.text
    : 'link' in p
      ? p.link
      : 'transfer' in p
        ? p.transfer
        : 'redPacket' in p
          ? p.redPacket
          : 'file' in p
            ? p.file
            : p.image;

const partSlots = (p: ScenarioPart, key: string): Slot[] => [
  { key, text: partText(p) },
  ...('transfer' in p ? [{ key: `${key}.note`, text: p.note ?? '' }] : []),
];

/** A message's words as one line, e.g. for a share card. */
export const messageText = (m: ScenarioMessage) => m.text ?? (m.parts ?? []).map(partText).join(' ');

/** Every string a scenario shows, in reading order. */
export function scenarioSlots(s: Scenario): Slot[] {
  return [
    { key: 'from', text: s.from },
    { key: 'note', text: s.note ?? '' },
    { key: 'group', text: s.group ?? '' },
    { key: 'context', text: s.context ?? '' },
    ...s.messages.flatMap((m, i) => [
      { key: `m${i}.name`, text: m.name ?? '' },
      ...(m.text ? [{ key: `m${i}`, text: m.text }] : (m.parts ?? []).flatMap((p, j) => partSlots(p, `m${i}.${j}`))),
    ]),
  ];
}

export interface Mark {
  start: number;
  end: number;
  /** The clue's number, from 1. */
  n: number;
}

/**
 * Where each clue is marked: the first place its span occurs, in reading order, that does not
 * overlap an earlier clue's mark. Keyed by slot.
 */
export function clueMarks(s: Scenario, spans: string[]): Map<string, Mark[]> {
  const slots = scenarioSlots(s);
  const marks = new Map<string, Mark[]>();
  spans.forEach((span, i) => {
    for (const slot of slots) {
      const taken = marks.get(slot.key) ?? [];
      let start = slot.text.indexOf(span);
      while (start >= 0 && taken.some((m) => start < m.end && start + span.length > m.start)) {
        start = slot.text.indexOf(span, start + 1);
      }
      if (start < 0) continue;
      marks.set(
        slot.key,
        [...taken, { start, end: start + span.length, n: i + 1 }].sort((a, b) => a.start - b.start),
      );
      return;
    }
  });
  return marks;
}
