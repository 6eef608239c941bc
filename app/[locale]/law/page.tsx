import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { LawQuote } from '@/components/LawQuote';
import { LawTabs } from '@/components/LawTabs';
import { LegalNotes } from '@/components/LegalNotes';
import { LessonSection } from '@/components/mdx/LessonSection';
import { PageTitle } from '@/components/PageTitle';
import { SourceLine } from '@/components/SourceLine';
import { Link } from '@/i18n/navigation';
import { allArticles, contentLocaleParams, getContent } from '@/lib/content';
import { chapterLabel, formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'law' });
  return pageMetadata(locale, paths.law(), { title: t('title'), description: t('lifeTitle') });
}

export default async function LawOverviewPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('law');
  const content = getContent(locale);
  const { law, lawGuide } = content;
  const articleCount = allArticles(law).length;

  return (
    <>
      <PageTitle title={t('pageTitle', { law: law.title })}>
        <dl className="grid grid-cols-[auto_1fr] gap-x-4 gap-y-1 rounded-xl bg-wash p-4">
          <dt className="font-bold">{t('passed')}</dt>
          <dd>
            {formatDate(law.adopted, locale)} · {law.adoptedBy}
          </dd>
          <dt className="font-bold">{t('effective')}</dt>
          <dd>{formatDate(law.effective, locale)}</dd>
          <dt className="sr-only">{t('articles')}</dt>
          <dd className="col-span-2">
            {t('structure', { chapters: String(law.chapters.length), articles: String(articleCount) })}
          </dd>
        </dl>
        <SourceLine source={law.source} locale={locale} />
      </PageTitle>
      <LawTabs current="overview" />

      <LessonSection id="what" title={t('whatTitle')}>
        {lawGuide.intro.map((p) => (
          <p key={p}>{p}</p>
        ))}
      </LessonSection>

      <LessonSection id="daily-life" title={t('lifeTitle')}>
        <div className="space-y-6">
          {lawGuide.life.map((item) => (
            <div key={item.id} id={item.id} className="scroll-mt-4">
              <h3 className="text-xl">
                {item.question} <span className="ml-1 rounded bg-brand px-2 py-0.5 text-white">{item.answer}</span>
              </h3>
              <div className="mt-2 space-y-2">
                {item.quotes.map((q) => (
                  <LawQuote key={`${q.article.number}-${q.paragraphs?.join()}`} quote={q} locale={locale} />
                ))}
              </div>
            </div>
          ))}
        </div>
      </LessonSection>

      <LessonSection id="numbers" title={t('numbersTitle')}>
        <div className="space-y-8">
          {lawGuide.numbers.map((group, i) => (
            <div key={group.id} id={group.id} className="scroll-mt-4">
              <h3 className="text-2xl text-brand-dark">
                {i + 1}. {group.title}
              </h3>
              {group.groups.map((g) => (
                <div key={g.heading} className="mt-4">
                  <h4 className="text-lg font-bold">{g.heading}</h4>
                  <div className="mt-2 space-y-2">
                    {g.quotes.map((q) => (
                      <LawQuote key={`${q.article.number}-${q.paragraphs?.join()}`} quote={q} locale={locale} />
                    ))}
                  </div>
                </div>
              ))}
            </div>
          ))}
        </div>
      </LessonSection>
      <p className="mt-6 text-base text-muted">{t('guideSource')}</p>
      <SourceLine source={lawGuide.source} locale={locale} />

      <LegalNotes content={content} locale={locale} />

      <LessonSection id="chapters" title={t('chaptersTitle')}>
        <ol className="space-y-2">
          {law.chapters.map((chapter) => (
            <li key={chapter.number}>
              <Link href={paths.lawChapterAnchor(chapter.number)} className="inline-flex min-h-11 items-center">
                {chapterLabel(chapter.number, locale)} {chapter.title}
              </Link>
            </li>
          ))}
        </ol>
      </LessonSection>
      <SharePanel locale={locale} path={paths.law()} title={law.title} />
    </>
  );
}
