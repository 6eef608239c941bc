import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { clientMessages } from '@/i18n/client-messages';
import { SearchBox } from '@/components/search/SearchBox';
import { Link } from '@/i18n/navigation';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { contentLocaleParams } from '@/lib/content';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  return pageMetadata(locale, paths.search(), { title: t('title'), description: t('intro') });
}

export default async function SearchPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'search' });
  const nav = await getTranslations({ locale, namespace: 'nav' });
  const browse = [
    [paths.cases(), nav('cases')],
    [paths.tools(), nav('tools')],
    [paths.rules(), nav('rules')],
    [paths.law(), nav('law')],
    [paths.help(), nav('help')],
  ] as const;
  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />
      <SearchBox messages={await clientMessages('search')} />
      <noscript>
        <p className="mt-6 rounded-lg bg-note-wash p-3">{t('noJs')}</p>
      </noscript>
      <nav aria-label={t('browse')} className="mt-10">
        <h2 className="text-xl">{t('browse')}</h2>
        <ul className="mt-2 flex flex-wrap gap-x-4 gap-y-1">
          {browse.map(([href, label]) => (
            <li key={href}>
              <Link href={href} className="inline-flex min-h-11 items-center">
                {label}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </>
  );
}
