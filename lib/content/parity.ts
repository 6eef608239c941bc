import type { LocaleContent } from './model';

/** Ids present in one list and not the other — what a locale is missing against another. */
export function idDifference(a: readonly string[], b: readonly string[]) {
  const setA = new Set(a);
  const setB = new Set(b);
  return { onlyInFirst: a.filter((id) => !setB.has(id)), onlyInSecond: b.filter((id) => !setA.has(id)) };
}

/** What must be the same in every locale, as lists of comparable keys. */
function shape(content: LocaleContent): Record<string, string[]> {
  return {
    sources: content.sources.map((s) => s.id),
    cases: content.cases.map((c) => `${c.slug} rules=${c.frontmatter.rules} advice=${c.frontmatter.advice} law=${c.frontmatter.lawArticles}`),
    tools: content.tools.map((t) => `${t.slug} sections=${t.sections}`),
    rules: content.rules.flatMap((g) => g.items.map((i) => `${i.id} cases=${i.cases.map((c) => c.slug)}`)),
    advice: content.advice.map((a) => `${a.id} paragraphs=${a.advice.length}`),
    checklist: content.checklist.points.flatMap((p) => p.checks.map((c) => `${p.id}/${c.id}`)),
    law: content.law.chapters.flatMap((c) =>
      c.articles.map((a) => `${c.number}/${a.number}: ${a.paragraphs.map((p) => p.items?.length ?? 0).join(',')}`),
    ),
    qa: content.law.qa.map((q) => `${q.number}`),
    lawGuide: [...content.lawGuide.life.map((l) => l.id), ...content.lawGuide.numbers.map((n) => `${n.id}:${n.groups.length}`)],
    quiz: content.quiz.map((q) => `${q.id} ${q.type} answer=${q.answer} options=${q.options.map((o) => o.id)} lessonQuiz=${q.lessonQuiz ?? false} genuine=${q.genuine ?? false}`),
    scenarios: content.quiz.flatMap((q) => (q.scenario ? [`${q.id} ${q.scenario.channel} clues=${q.scenario.clues.length}`] : [])),
    walkthroughs: content.walkthroughs.map((d) => `${d.slug} ${d.steps.map((s) => s.choices.map((c) => `${c.id}${c.safe ? '+' : '-'}`).join(',')).join(' | ')}`),
    helperSignals: content.scamCheck.signals.map((s) => `${s.id} weight=${s.weight} cases=${s.cases} supports=${s.supports ?? ''}`),
    helperOptions: content.scamCheck.questions.flatMap((q) => q.options.map((o) => `${q.id}/${o.id} ${o.signals}`)),
    legalNotes: content.legalNotes.items.map((n) => `${n.id} points=${n.points.length} cases=${n.cases}`),
    officialAccounts: content.officialAccounts.groups.map((g) => `${g.id} channels=${g.channels.length}`),
    help: [
      ...content.help.steps.map((s) => `${s.id} ${s.paragraphs.map((p) => `${p.source?.id ?? 'ours'}${p.quote ? ' quote' : ''}`)}`),
      `recovery ${content.help.recovery.paragraphs.map((p) => p.source?.id ?? 'ours')}`, ...content.help.evidence.items.map((e) => e.id), ...content.help.tools.map((t) => t.tool.slug)],
  };
}

/** Every way one locale's content differs from another's; empty when they are at parity. */
export function contentParity(a: LocaleContent, b: LocaleContent): string[] {
  const sa = shape(a);
  const sb = shape(b);
  const problems: string[] = [];
  for (const [kind, keys] of Object.entries(sa)) {
    const { onlyInFirst, onlyInSecond } = idDifference(keys, sb[kind] ?? []);
    for (const key of onlyInFirst) problems.push(`${kind}: "${key}" is in ${a.locale} but not in ${b.locale}`);
    for (const key of onlyInSecond) problems.push(`${kind}: "${key}" is in ${b.locale} but not in ${a.locale}`);
  }
  return problems;
}

/** Every message key path ("quiz.bands.good.title") of a catalogue. */
export function messageKeys(messages: unknown, prefix = ''): string[] {
  if (typeof messages !== 'object' || messages === null) return [prefix];
  return Object.entries(messages).flatMap(([key, value]) => messageKeys(value, prefix ? `${prefix}.${key}` : key));
}
