import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { LinkCard, NumberBadge } from '@/components/LinkCard';
import { PageTitle } from '@/components/PageTitle';
import { SourceLine } from '@/components/SourceLine';
import { Link } from '@/i18n/navigation';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'cases' });
  return pageMetadata(locale, paths.cases(), { title: t('title'), description: t('intro') });
}

export default async function CasesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('cases');
  const tp = await getTranslations('print');
  const content = getContent(locale);
  const source = content.cases[0]?.source;
  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')}>
        {source && <SourceLine source={source} locale={locale} />}
        <Link href={paths.casesBooklet()} className="inline-flex min-h-11 items-center">
          {tp('booklet')}
        </Link>
      </PageTitle>
      <ul className="grid gap-3">
        {content.cases.map((c) => (
          <li key={c.slug}>
            <LinkCard href={paths.case(c.slug)} title={c.frontmatter.title} badge={<NumberBadge n={c.frontmatter.order} />}>
              {c.frontmatter.summary}
              <span className="mt-1 block">
                {t('audienceShort')}
                {c.frontmatter.audience}
              </span>
            </LinkCard>
          </li>
        ))}
      </ul>
      <SharePanel locale={locale} path={paths.cases()} title={t('title')} />
    </>
  );
}
