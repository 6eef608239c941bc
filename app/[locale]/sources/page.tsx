import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { EditionNotice } from '@/components/EditionNotice';
import { PageTitle } from '@/components/PageTitle';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';
import { pageLocale, type LocaleParams } from '@/i18n/request';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'sources' });
  return pageMetadata(locale, paths.sources(), { title: t('title'), description: t('intro') });
}

export default async function SourcesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('sources');
  const ts = await getTranslations('source');
  const content = getContent(locale);

  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />
      <EditionNotice className="mb-10" />
      <div className="space-y-10">
        {content.sources.map((source) => (
          <section
            key={source.id}
            id={source.id}
            aria-labelledby={`${source.id}-title`}
            className="scroll-mt-4 rounded-2xl border-2 border-line p-4 md:p-6"
          >
            <h2 id={`${source.id}-title`} className="text-2xl">
              {ts('title', { title: source.title })}
            </h2>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
              <dt className="font-bold">{t('issuer')}</dt>
              <dd>{source.issuer}</dd>
              {source.number && (
                <>
                  <dt className="font-bold">{t('number')}</dt>
                  <dd>{source.number}</dd>
                </>
              )}
              <dt className="font-bold">{t('date')}</dt>
              <dd>{source.dateLabel}</dd>
            </dl>
            {source.historical && (
              <p className="mt-3 rounded-lg border-l-4 border-note bg-note-wash px-3 py-2 text-note" role="note">
                <strong className="mr-1">{ts('historical')}</strong>
                {t('historical')}
              </p>
            )}
            <p className="mt-3">{source.summary}</p>
            <h3 className="mt-4 text-lg font-bold">{t('uses')}</h3>
            <ul className="mt-1 list-disc space-y-1 pl-6">
              {source.uses.map((use) => (
                <li key={use}>{use}</li>
              ))}
            </ul>
            {source.figures && source.figures.length > 0 && (
              <>
                <h3 className="mt-4 text-lg font-bold">{t('figures')}</h3>
                <ul className="mt-1 space-y-2">
                  {source.figures.map((f) => (
                    <li key={`${f.label}${f.value}`} className="rounded-lg bg-wash px-3 py-2">
                      <span className="font-bold text-brand-dark">{f.value}</span> {f.label}
                      <span className="block text-base text-muted">{f.asOf}</span>
                    </li>
                  ))}
                </ul>
              </>
            )}
            {source.cases && source.cases.length > 0 && (
              <>
                <h3 className="mt-4 text-lg font-bold">{t('cases')}</h3>
                {source.cases.map((c) => (
                  <div key={c.title} className="mt-2 rounded-lg bg-wash px-3 py-2">
                    <p className="font-bold">{c.title}</p>
                    <p>{c.text}</p>
                  </div>
                ))}
              </>
            )}
            {source.hotline && (
              <>
                <h3 className="mt-4 text-lg font-bold">{t('hotline')}</h3>
                <div className="mt-2 rounded-lg border-l-4 border-note bg-note-wash px-3 py-2" role="note">
                  <p>
                    {t.rich('hotlineNumber', {
                      number: source.hotline.number,
                      asOf: source.hotline.asOf,
                      strong: (c) => <strong>{c}</strong>,
                    })}
                  </p>
                  <p>{source.hotline.detail}</p>
                </div>
              </>
            )}
            {source.repairs && source.repairs.length > 0 && (
              <>
                <h3 className="mt-4 text-lg font-bold">{t('repairs')}</h3>
                <p className="mt-1 text-muted">{t('repairsIntro')}</p>
                <ul className="mt-1 list-disc space-y-1 pl-6" data-repairs={source.id}>
                  {source.repairs.map((r) => (
                    <li key={r.original}>{t('repair', r)}</li>
                  ))}
                </ul>
              </>
            )}
          </section>
        ))}
      </div>
      <SharePanel locale={locale} path={paths.sources()} title={t('title')} />
    </>
  );
}
