import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { LawTabs } from '@/components/LawTabs';
import { PageTitle } from '@/components/PageTitle';
import { SourceLine } from '@/components/SourceLine';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';
import { pageLocale, type LocaleParams } from '@/i18n/request';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'law' });
  return pageMetadata(locale, paths.lawQa(), { title: t('qaTitle'), description: t('qaIntro') });
}

export default async function LawQaPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('law');
  const content = getContent(locale);
  return (
    <>
      <PageTitle title={t('qaPageTitle', { law: content.law.title })} lead={t('qaIntro')}>
        <SourceLine source={content.law.source} locale={locale} />
      </PageTitle>
      <LawTabs current="qa" />
      <div className="space-y-10">
        {content.law.qa.map((item) => (
          <section key={item.number} id={`q${item.number}`} aria-labelledby={`q${item.number}-title`} className="scroll-mt-4">
            <h2 id={`q${item.number}-title`} className="text-xl">
              {item.number}. {item.question}
            </h2>
            <div className="prose-lesson mt-2">
              {item.answer.map((p) => (
                <p key={p}>{p}</p>
              ))}
            </div>
          </section>
        ))}
      </div>
      <SharePanel locale={locale} path={paths.lawQa()} title={t('qaPageTitle', { law: content.law.title })} />
    </>
  );
}
