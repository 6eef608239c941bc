import type { Locale } from '@/i18n/routing';
import type { LocaleContent } from '@/lib/content';
import { findRule } from '@/lib/content';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { HistoricalNote, SourceLine } from './SourceLine';

/** One remembered rule, with the group it belongs to and that group's source and date. */
export function RuleCard({ id, content, locale }: { id: string; content: LocaleContent; locale: Locale }) {
  const found = findRule(content, id)!;
  const source = content.sources.find((s) => s.id === found.group.source)!;
  return (
    <li className="rounded-xl border-2 border-line p-4">
      <p className="text-base font-semibold text-muted">
        <Link href={`${paths.rules()}#${found.item.id}`}>{found.group.title}</Link>
      </p>
      <p className="mt-1 text-lg">{found.item.text}</p>
      <SourceLine source={source} locale={locale} className="mt-2" />
      {(found.group.historical || found.item.current === false) && <HistoricalNote source={source} locale={locale} />}
    </li>
  );
}
