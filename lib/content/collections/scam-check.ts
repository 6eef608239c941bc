import 'server-only';
import { z } from 'zod';
import type { Lookup, LoadContext } from '../context';
import { ruleId, slug, text } from '../fields';
import type { CaseLink } from './cases';
import type { RuleLookup } from './rules';
import type { SourceInfo, SourceLookup } from './sources';

export const scamCheckSchema = z.strictObject({
  questions: z
    .array(
      z.strictObject({
        id: slug,
        title: text,
        multiple: z.boolean(),
        options: z.array(z.strictObject({ id: slug, label: text, signals: z.array(slug) })).min(2),
      }),
    )
    .min(3)
    .max(5),
  signals: z.array(
    z.strictObject({
      id: slug,
      label: text,
      weight: z.number().int().min(0).max(10),
      cases: z.array(slug),
      supports: z.array(slug).optional(),
      ask: z.boolean().optional(),
      history: z.boolean().optional(),
      rules: z.array(ruleId),
      explain: text,
      source: slug,
    }),
  ),
  phrases: z.array(
    z.strictObject({
      id: text,
      // The engine finds phrases by their first two characters.
      match: z.array(text.refine((m) => m.trim().length >= 2, 'a phrase needs at least two characters')).min(1),
      signal: slug,
      unless: z.array(text).min(1).optional(),
    }),
  ),
});

type RawHelper = z.infer<typeof scamCheckSchema>;
export type HelperSignal = Omit<RawHelper['signals'][number], 'source'> & { source: SourceInfo };
/**
 * The "is this a scam?" helper's questions, signs and phrases. Signs keep their case and rule ids: the
 * browser's engine works with ids, and the page sends it only the cases and rules they name.
 */
export type ScamCheckRules = Omit<RawHelper, 'signals'> & { signals: HelperSignal[] };

export function loadScamCheck(
  ctx: LoadContext,
  sources: SourceLookup,
  cases: Lookup<CaseLink>,
  rules: RuleLookup,
): ScamCheckRules | undefined {
  const file = ctx.name('scam-check.json');
  const raw = ctx.read('scam-check.json', scamCheckSchema);
  if (!raw) return undefined;
  ctx.unique(raw.signals, (s) => s.id, file, 'signal id');
  ctx.unique(
    raw.questions.flatMap((q) => q.options),
    (o) => o.id,
    file,
    'option id',
  );
  ctx.unique(raw.phrases, (p) => p.id, file, 'phrase id');
  const signalIds = new Set(raw.signals.map((s) => s.id));
  const needSignal = (id: string, where: string) => {
    if (!signalIds.has(id)) ctx.problems.add(file, `${where} names unknown signal "${id}"`);
  };
  for (const q of raw.questions) for (const o of q.options) o.signals.forEach((id) => needSignal(id, `option "${o.id}"`));
  for (const p of raw.phrases) needSignal(p.signal, `phrase "${p.id}"`);
  const signals = raw.signals.flatMap((signal): HelperSignal[] => {
    const source = sources.get(file, signal.source);
    for (const slug of [...signal.cases, ...(signal.supports ?? [])]) {
      cases.get(file, slug, `signal "${signal.id}" names unknown case "${slug}"`);
    }
    for (const id of signal.rules) rules.get(file, id, `signal "${signal.id}" names unknown rule "${id}"`);
    return source ? [{ ...signal, source }] : [];
  });
  return { ...raw, signals };
}
