import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { PrintButton } from '@/components/PrintButton';
import { PrintFooter } from '@/components/PrintFooter';
import { SourceLine } from '@/components/SourceLine';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { bookletCaseComponents } from '@/mdx-components';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'print' });
  return pageMetadata(locale, paths.casesBooklet(), { title: t('bookletTitle'), description: t('bookletIntro') });
}

/** "Print all ten": every case lesson's core, one after another, each starting on a new sheet. */
export default async function CasesBookletPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('print');
  const content = getContent(locale);
  const lessons = await Promise.all(
    content.cases.map(async (c) => ({ c, Body: (await import(`@/content/${locale}/cases/${c.slug}.mdx`)).default })),
  );
  const source = content.cases[0]?.source;
  return (
    <>
      <PageTitle title={t('bookletTitle')} lead={t('bookletIntro')}>
        <PrintButton label={t('printButton')} />
      </PageTitle>
      {lessons.map(({ c, Body }) => (
        <article key={c.slug} className="mt-12 break-before-page print:mt-0" aria-labelledby={`${c.slug}-title`}>
          <h2 id={`${c.slug}-title`} className="text-3xl">
            {c.frontmatter.order}. {c.frontmatter.title}
          </h2>
          <p className="mt-2 text-lg">
            <strong>{t('audience')}</strong>
            {c.frontmatter.audience}
          </p>
          <Body components={bookletCaseComponents(c.slug)} />
        </article>
      ))}
      {source && <SourceLine source={source} locale={locale} className="mt-8" />}
      <PrintFooter locale={locale} path={paths.cases()} />
    </>
  );
}
