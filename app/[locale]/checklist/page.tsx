import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { ChecklistTool } from '@/components/ChecklistTool';
import { PageTitle } from '@/components/PageTitle';
import { clientMessages } from '@/i18n/client-messages';
import { SourceLine } from '@/components/SourceLine';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';
import { pageLocale, type LocaleParams } from '@/i18n/request';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'checklist' });
  return pageMetadata(locale, paths.checklist(), { title: t('title'), description: getContent(locale).checklist.intro });
}

export default async function ChecklistPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('checklist');
  const tt = await getTranslations('checklistTool');
  const content = getContent(locale);
  const { checklist } = content;

  return (
    <>
      <PageTitle title={t('title')} lead={checklist.intro} />
      <ol className="grid gap-2 rounded-2xl bg-brand p-4 text-xl font-bold text-white sm:grid-cols-2 print:hidden">
        {checklist.points.map((point) => (
          <li key={point.id}>
            <a href={`#${point.id}`} className="inline-flex min-h-11 items-center text-white print:text-ink">
              {point.title}
            </a>
          </li>
        ))}
      </ol>
      <p className="no-print mt-4 text-lg">{tt('tick')}</p>
      <ChecklistTool
        points={checklist.points}
        outcome={checklist.outcome}
        messages={await clientMessages('checklist', 'checklistTool', 'storage')}
      />
      <div className="mt-6 space-y-1 print:mt-2 print:text-sm">
        {checklist.sources.map((source) => (
          <SourceLine key={source.id} source={source} locale={locale} />
        ))}
      </div>
      <SharePanel locale={locale} path={paths.checklist()} title={t('title')} />
    </>
  );
}
