import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { HelpParagraph } from '@/lib/content';
import { SourceLine } from './SourceLine';

/**
 * A passage of the help guide, each paragraph showing whose words it is: the site's own advice is
 * labelled as ours, a source's words are quoted with the source under them.
 */
export function HelpParagraphs({
  paragraphs,
  locale,
  className = 'text-lg',
}: {
  paragraphs: HelpParagraph[];
  locale: Locale;
  className?: string;
}) {
  const t = useTranslations('help');
  return (
    <div className={`space-y-3 ${className}`}>
      {paragraphs.map((p) => {
        const { source } = p;
        if (!source) {
          return (
            <p key={p.text} data-ours>
              <strong className="mr-1 text-brand-dark">{t('ours')}</strong>
              {p.text}
            </p>
          );
        }
        if (p.quote) {
          return (
            <blockquote key={p.text} className="rounded-lg border-l-4 border-line bg-wash px-4 py-2" data-quote={source.id}>
              <p className="text-base font-bold">{p.label ?? t('quoted')}</p>
              <p>{t('quoteMarks', { text: p.text })}</p>
              <SourceLine source={source} locale={locale} className="mt-1" />
            </blockquote>
          );
        }
        return (
          <div key={p.text}>
            <p>{p.text}</p>
            <SourceLine source={source} locale={locale} className="mt-1" />
          </div>
        );
      })}
    </div>
  );
}
