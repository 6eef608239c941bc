import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { SourceInfo } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { paths } from '@/lib/routes';

/** "来源：《…》 · 资料日期：2023年" — every content page names its source document and date. */
export function SourceLine({ source, locale, className = '' }: { source: SourceInfo; locale: Locale; className?: string }) {
  const t = useTranslations('source');
  return (
    <p className={`text-base text-muted ${className}`} data-source={source.id}>
      {t('label')}
      <Link href={paths.source(source.id)} locale={locale}>
        {t('title', { title: source.title })}
      </Link>
      <span> · {t('asOf', { date: formatDate(source.date, locale) })}</span>
    </p>
  );
}

/** The marker every time-bound statement carries: its date, and that it is not current advice. */
export function HistoricalNote({ source, locale }: { source: SourceInfo; locale: Locale }) {
  const t = useTranslations('source');
  return (
    <p className="mt-2 rounded-lg border-l-4 border-note bg-note-wash px-3 py-2 text-base text-note" role="note">
      <strong className="mr-1">{t('historical')}</strong>
      {t('historicalNote', { date: formatDate(source.date, locale) })}
    </p>
  );
}
