import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import { paths } from '@/lib/routes';
import { StorageNote } from './StorageNote';

export function SiteFooter() {
  const t = useTranslations('footer');
  const ts = useTranslations('storage');
  const td = useTranslations('deck');
  return (
    <footer className="mt-16 border-t border-line bg-wash">
      <div className="mx-auto max-w-3xl space-y-3 px-4 py-8">
        <p className="text-lg font-bold text-brand-dark">{t('emergency')}</p>
        <p className="text-muted">{t('emergencyNote')}</p>
        <p className="text-muted">
          {t('privacy')} <StorageNote off={ts('off')} />
        </p>
        <p>
          <Link href={paths.sources()}>{t('sourcesLink')}</Link>
        </p>
        <p>
          <Link href={paths.present()}>{td('footerLink')}</Link>
        </p>
      </div>
    </footer>
  );
}
