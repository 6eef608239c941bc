import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { HistoricalNote, SourceLine } from '@/components/SourceLine';
import { getContent } from '@/lib/content';
import { pageLocale, type LocaleParams } from '@/lib/page';
import { contentLocaleParams } from '@/lib/site-paths';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const t = await getTranslations({ locale: await pageLocale(params), namespace: 'checklist' });
  return { title: t('title') };
}

export default async function ChecklistPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('checklist');
  const content = getContent(locale);
  const { checklist } = content;
  const source = (id: string) => content.sources.find((s) => s.id === id)!;

  return (
    <>
      <PageTitle title={t('title')} lead={checklist.intro} />
      <ol className="grid gap-2 rounded-2xl bg-brand p-4 text-xl font-bold text-white sm:grid-cols-2">
        {checklist.points.map((point) => (
          <li key={point.id}>
            <a href={`#${point.id}`} className="inline-flex min-h-11 items-center text-white">
              {point.title}
            </a>
          </li>
        ))}
      </ol>
      {checklist.points.map((point) => (
        <section key={point.id} id={point.id} aria-labelledby={`${point.id}-title`} className="mt-10 scroll-mt-4">
          <h2 id={`${point.id}-title`} className="text-2xl text-brand-dark">
            {point.title}
          </h2>
          <p className="mt-2">
            <strong>{t('why')}：</strong>
            {point.why}
          </p>
          <ul className="mt-4 space-y-3">
            {point.checks.map((check) => (
              <li key={check.id} id={check.id} className="rounded-xl border-2 border-line p-4">
                <p className="text-lg font-bold">{check.question}</p>
                <p className="mt-2">
                  <span className="font-bold text-brand-dark">{t('ifYes')}：</span>
                  {check.stop}
                </p>
                <SourceLine source={source(check.source)} locale={locale} className="mt-2" />
                {source(check.source).historical && <HistoricalNote source={source(check.source)} locale={locale} />}
              </li>
            ))}
          </ul>
        </section>
      ))}
      <section id="outcome" aria-labelledby="outcome-title" className="mt-10 rounded-2xl border-2 border-brand bg-brand-wash p-4">
        <h2 id="outcome-title" className="text-2xl">
          {checklist.outcome.title}
        </h2>
        <ol className="mt-3 list-decimal space-y-2 pl-6 text-lg">
          {checklist.outcome.steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
        {checklist.outcome.sources.map((id) => (
          <SourceLine key={id} source={source(id)} locale={locale} className="mt-2" />
        ))}
      </section>
    </>
  );
}
