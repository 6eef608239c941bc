import { useTranslations } from 'next-intl';
import { PageTitle } from '@/components/PageTitle';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';

/** Shown inside a locale's layout (the static host's own 404 is app/not-found.tsx, in both languages). */
export default function LocaleNotFound() {
  const t = useTranslations('notFound');
  return (
    <PageTitle title={t('title')} lead={t('body')}>
      <p>
        <Link href={paths.home()} className="inline-flex min-h-11 items-center text-lg">
          {t('home')}
        </Link>
      </p>
    </PageTitle>
  );
}
