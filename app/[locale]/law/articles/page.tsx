import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { LawArticleText } from '@/components/LawArticleText';
import { LawTabs } from '@/components/LawTabs';
import { PageTitle } from '@/components/PageTitle';
import { SourceLine } from '@/components/SourceLine';
import { Link } from '@/i18n/navigation';
import { contentLocaleParams, getContent } from '@/lib/content';
import { articleLabel, chapterLabel } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { articleAnchor, paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'law' });
  const { law } = getContent(locale);
  return pageMetadata(locale, paths.lawArticles(), { title: t('fullTextTitle', { law: law.title }) });
}

export default async function LawArticlesPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('law');
  const content = getContent(locale);
  const { law } = content;

  return (
    <>
      <PageTitle title={t('fullTextTitle', { law: law.title })}>
        <SourceLine source={law.source} locale={locale} />
      </PageTitle>
      <LawTabs current="articles" />
      <nav aria-label={t('chaptersTitle')} className="mb-8 rounded-xl bg-wash p-4">
        <ol className="grid gap-1 sm:grid-cols-2">
          {law.chapters.map((chapter) => (
            <li key={chapter.number}>
              <a href={`#chapter-${chapter.number}`} className="inline-flex min-h-11 items-center">
                {chapterLabel(chapter.number, locale)} {chapter.title}
              </a>
            </li>
          ))}
        </ol>
      </nav>
      {law.chapters.map((chapter) => (
        <section
          key={chapter.number}
          id={`chapter-${chapter.number}`}
          aria-labelledby={`chapter-${chapter.number}-title`}
          className="mt-10 scroll-mt-4"
        >
          <h2 id={`chapter-${chapter.number}-title`} className="text-2xl text-brand-dark">
            {chapterLabel(chapter.number, locale)} {chapter.title}
          </h2>
          {chapter.articles.map((article) => (
            <article
              key={article.number}
              id={articleAnchor(article.number)}
              className="mt-6 scroll-mt-4 border-b border-line pb-6"
            >
              <h3 className="text-xl">
                <Link href={paths.lawArticle(article.number)} title={t('permalink')}>
                  {articleLabel(article.number, locale)}
                </Link>
              </h3>
              <div className="mt-2">
                <LawArticleText article={article} />
              </div>
            </article>
          ))}
        </section>
      ))}
      <SharePanel locale={locale} path={paths.lawArticles()} title={t('fullTextTitle', { law: law.title })} />
    </>
  );
}
