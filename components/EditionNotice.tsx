import { useTranslations } from 'next-intl';

/**
 * A dated notice that a 2025 edition of the handbook exists. What it says comes from one press report
 * (named and dated in the notice), not from the sources the lessons quote; nothing in it is lesson text.
 */
export function EditionNotice({ className = '' }: { className?: string }) {
  const t = useTranslations('edition2025');
  return (
    <aside
      aria-labelledby="edition-2025-title"
      data-notice="edition-2025"
      className={`rounded-lg border-l-4 border-note bg-note-wash px-3 py-3 text-base ${className}`}
    >
      <h2 id="edition-2025-title" className="text-lg font-bold">
        {t('title')}
      </h2>
      <p className="text-note">{t('dated')}</p>
      <p className="mt-2">{t('follows')}</p>
      <p className="mt-2">{t('changes')}</p>
      <p className="mt-2">{t('get')}</p>
    </aside>
  );
}
