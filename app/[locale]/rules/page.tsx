import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { HistoricalNote, SourceLine } from '@/components/SourceLine';
import { Link } from '@/i18n/navigation';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'rules' });
  return pageMetadata(locale, paths.rules(), { title: t('title'), description: t('intro') });
}

export default async function RulesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('rules');
  const ts = await getTranslations('source');
  const tc = await getTranslations('common');
  const content = getContent(locale);

  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />
      <nav aria-label={t('title')} className="mb-8 rounded-xl bg-wash p-4">
        <ul className="flex flex-wrap gap-2">
          {content.rules.map((group) => (
            <li key={group.id}>
              <a
                href={`#${group.id}`}
                className="inline-flex min-h-11 items-center rounded-full border-2 border-line bg-paper px-4 text-ink no-underline"
              >
                {group.title}
              </a>
            </li>
          ))}
        </ul>
      </nav>
      {content.rules.map((group) => {
        const { source } = group;
        return (
          <section
            key={group.id}
            id={group.id}
            aria-labelledby={`${group.id}-title`}
            className={`mt-10 scroll-mt-4 rounded-2xl p-4 md:p-6 ${group.historical ? 'border-2 border-dashed border-note bg-paper' : 'border-2 border-brand bg-brand-wash'}`}
          >
            <h2 id={`${group.id}-title`} className="text-2xl">
              {group.title}
              {group.historical && (
                <span className="ml-2 align-middle rounded bg-note px-2 py-0.5 text-base text-white">{ts('historical')}</span>
              )}
            </h2>
            <SourceLine source={source} locale={locale} className="mt-1" />
            {group.historical && <HistoricalNote source={source} locale={locale} />}
            {group.intro && <p className="mt-3">{group.intro}</p>}
            {group.note && <p className="mt-3 text-muted">{group.note}</p>}
            <ol className="mt-4 space-y-4">
              {group.items.map((item, i) => (
                <li key={item.id} id={item.id} className="scroll-mt-4 rounded-xl bg-paper p-3">
                  <p className="text-lg">
                    <span className="mr-2 font-bold text-brand-dark">{i + 1}.</span>
                    {item.text}
                  </p>
                  {item.quote && (
                    <details className="mt-2">
                      <summary className="min-h-11 cursor-pointer py-2 text-link">{t('fullText')}</summary>
                      <p className="mt-1 text-muted">{item.quote}</p>
                    </details>
                  )}
                  {item.cases.length > 0 && (
                    <p className="mt-2 text-base">
                      {t('relatedCases')}
                      {item.cases.map((lesson, k) => (
                        <span key={lesson.slug}>
                          {k > 0 && tc('listSeparator')}
                          <Link href={paths.case(lesson.slug)}>{lesson.title}</Link>
                        </span>
                      ))}
                    </p>
                  )}
                </li>
              ))}
            </ol>
          </section>
        );
      })}
      <SharePanel locale={locale} path={paths.rules()} title={t('title')} />
    </>
  );
}
