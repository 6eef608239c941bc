import type { Locale } from '@/i18n/routing';
import type { Advice, RuleRef } from '@/lib/content';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { HistoricalNote, SourceLine } from './SourceLine';

/** One remembered rule, with the group it belongs to and that group's source and date. */
export function RuleCard({ rule: found, locale }: { rule: RuleRef; locale: Locale }) {
  const { source } = found.group;
  return (
    <li className="rounded-xl border-2 border-line p-4">
      <p className="text-base font-semibold text-muted">
        <Link href={paths.rule(found.item.id)}>{found.group.title}</Link>
      </p>
      <p className="mt-1 text-lg">{found.item.text}</p>
      <SourceLine source={source} locale={locale} className="mt-2" />
      {found.group.historical && <HistoricalNote source={source} locale={locale} />}
    </li>
  );
}

/**
 * The rules an advice text announces (Fujian's "下面六个“一律”一定要牢记：" is followed by the six):
 * the advice's rules from its own source, in order. Rules from other sources are only related.
 */
export function AdviceRules({ advice }: { advice: Advice }) {
  const own = advice.rules.filter((r) => r.group.source.id === advice.source.id);
  if (own.length === 0) return null;
  return (
    <ol data-advice-rules className="mt-2 list-decimal space-y-1 pl-6">
      {own.map(({ item }) => (
        <li key={item.id}>{item.text}</li>
      ))}
    </ol>
  );
}
