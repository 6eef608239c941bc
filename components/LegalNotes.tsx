import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { LocaleContent } from '@/lib/content';
import { LessonSection } from './mdx/LessonSection';
import { SourceLine } from './SourceLine';

/**
 * The Fujian 2020 report's legal notes (selling bank cards, order brushing, finance staff), dated,
 * each folded so a lesson stays short: all of them on the law page, the matching ones on a case page.
 */
export function LegalNotes({
  content,
  locale,
  slug,
  folded,
}: {
  content: LocaleContent;
  locale: Locale;
  slug?: string;
  /** Folded as a whole too, on a lesson, where it is reference after the lesson quiz. */
  folded?: boolean;
}) {
  const t = useTranslations('lesson');
  const notes = content.legalNotes;
  const items = slug ? notes.items.filter((n) => n.cases.includes(slug)) : notes.items;
  if (items.length === 0) return null;
  return (
    <LessonSection id="legal-notes" title={notes.title} printed={false} folded={folded}>
      <p className="text-muted" role="note">
        {notes.note}
      </p>
      <div className="mt-3 space-y-3">
        {items.map((item) => (
          <details key={item.id} id={`legal-${item.id}`} className="rounded-xl border-2 border-line p-3">
            <summary className="min-h-11 cursor-pointer py-2 text-xl font-bold">{item.title}</summary>
            {item.intro && <p className="mt-2">{item.intro}</p>}
            <ol className="mt-2 list-decimal space-y-2 pl-6">
              {item.points.map((p) => (
                <li key={p}>{p}</li>
              ))}
            </ol>
            {item.note && (
              <p className="mt-2 text-base text-muted" role="note" data-our-note>
                <strong className="mr-1">{t('note')}</strong>
                {item.note}
              </p>
            )}
            <SourceLine source={item.source} locale={locale} className="mt-2" />
          </details>
        ))}
      </div>
    </LessonSection>
  );
}
