import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { LinkCard, NumberBadge } from '@/components/LinkCard';
import { OfficialAccounts } from '@/components/OfficialAccounts';
import { PageTitle } from '@/components/PageTitle';
import { SourceLine } from '@/components/SourceLine';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'tools' });
  return pageMetadata(locale, paths.tools(), { title: t('title'), description: t('intro') });
}

export default async function ToolsPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('tools');
  const content = getContent(locale);
  const source = content.tools[0]?.source;
  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')}>
        {source && <SourceLine source={source} locale={locale} />}
      </PageTitle>
      <ul className="grid gap-3">
        {content.tools.map((tool) => (
          <li key={tool.slug}>
            <LinkCard
              href={paths.tool(tool.slug)}
              title={tool.frontmatter.title}
              badge={<NumberBadge n={tool.frontmatter.order} />}
            >
              {tool.frontmatter.summary}
            </LinkCard>
          </li>
        ))}
      </ul>
      <OfficialAccounts content={content} locale={locale} />
      <SharePanel locale={locale} path={paths.tools()} title={t('title')} />
    </>
  );
}
