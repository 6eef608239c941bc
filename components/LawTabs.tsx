import { useLocale, useTranslations } from 'next-intl';
import { routing } from '@/i18n/routing';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';

const TABS = [
  ['overview', paths.law()],
  ['articles', paths.lawArticles()],
  ['qa', paths.lawQa()],
] as const;

/** The law section's three parts; the current one is marked for screen readers. */
export function LawTabs({ current }: { current: (typeof TABS)[number][0] | null }) {
  const t = useTranslations('law');
  const translated = useLocale() !== routing.defaultLocale;
  return (
    <>
      <nav aria-label={t('title')} className="no-print mb-6">
        <ul className="flex flex-wrap gap-2">
          {TABS.map(([key, href]) => (
            <li key={key}>
              <Link
                href={href}
                aria-current={current === key ? 'page' : undefined}
                className={`inline-flex min-h-11 items-center rounded-full border-2 px-4 no-underline ${current === key ? 'border-brand bg-brand text-white' : 'border-line text-ink'}`}
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {translated && (
        <p role="note" className="mb-6 rounded-lg border-l-4 border-note bg-note-wash px-3 py-2 text-note">
          {t('unofficial')}
        </p>
      )}
    </>
  );
}
