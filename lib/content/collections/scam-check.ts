import 'server-only';
import type { Lookup, LoadContext } from '../context';
import type { CaseLink, HelperSignal, ScamCheckRules } from '../model';
import { scamCheckSchema } from '../schemas';
import { CALM_CUES } from '@/lib/scam-check/calm';
import { CONTEXT_CUES } from '@/lib/scam-check/cues';
import { normalise } from '@/lib/scam-check/normalise';
import { TWO_PART_SHARE } from '@/lib/scam-check/engine';
import type { RuleLookup } from './rules';
import type { SourceLookup } from './sources';

/** How a sign's explain says it is our own advice. */
const OURS = /^(?:本站建议：|Our advice: )/;

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
  // Two-part phrases ("先交…学费") look ahead from where their first part stands: a few per start keeps that cheap.
  const twoPart = new Map<string, number>();
  for (const m of raw.phrases.flatMap((p) => p.match).filter((m) => m.includes('…'))) {
    const start = normalise(m).text.slice(0, 2);
    twoPart.set(start, (twoPart.get(start) ?? 0) + 1);
    if (twoPart.get(start) === TWO_PART_SHARE + 1)
      ctx.problems.add(file, `more than ${TWO_PART_SHARE} two-part phrases start with "${start}": the check would slow down`);
  }
  const signals = raw.signals.flatMap((signal): HelperSignal[] => {
    for (const slug of [...signal.cases, ...(signal.supports ?? [])]) {
      cases.get(file, slug, `signal "${signal.id}" names unknown case "${slug}"`);
    }
    for (const id of signal.rules) rules.get(file, id, `signal "${signal.id}" names unknown rule "${id}"`);
    if (signal.source === undefined) {
      // No source says it: our own advice, labelled so and citing no rule.
      if (!OURS.test(signal.explain) || signal.rules.length)
        ctx.problems.add(file, `signal "${signal.id}" has no source: its explain must start "本站建议：" / "Our advice:" and it cites no rule`);
      return [{ ...signal, source: undefined }];
    }
    const source = sources.get(file, signal.source);
    return source ? [{ ...signal, source }] : [];
  });
  // The engine looks for cues in normalised text: a cue written any other way ('OA', '個稅') would never match.
  return { ...raw, signals, calm: CALM_CUES.map((cue) => normalise(cue).text), cues: CONTEXT_CUES };
}
