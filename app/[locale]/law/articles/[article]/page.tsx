import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LawArticleText } from '@/components/LawArticleText';
import { LawTabs } from '@/components/LawTabs';
import { LessonNav } from '@/components/LessonNav';
import { PageTitle } from '@/components/PageTitle';
import { SourceLine } from '@/components/SourceLine';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { allArticles, getContent, localesWithContent } from '@/lib/content';
import { articleLabel, chapterLabel } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { paths } from '@/lib/routes';

type Params = Promise<{ locale: string; article: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) =>
    allArticles(getContent(locale).law).map((a) => ({ locale, article: String(a.number) })),
  );
}

function find(locale: string, article: string) {
  if (!isLocale(locale)) notFound();
  const content = getContent(locale);
  for (const chapter of content.law.chapters) {
    const found = chapter.articles.find((a) => a.number === Number(article));
    if (found) return { content, chapter, article: found };
  }
  notFound();
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { article: n } = await params;
  const { content, article } = find(locale, n);
  const label = articleLabel(article.number, locale);
  const t = await getTranslations({ locale, namespace: 'law' });
  return pageMetadata(locale, paths.lawArticle(article.number), {
    title: `${label} · ${content.law.title}`,
    // A shared link's preview carries the translation note too: it is all some readers will see.
    description: t('preview', { text: article.paragraphs[0]!.text }),
  });
}

export default async function LawArticlePage({ params }: { params: Params }) {
  const { article: n } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations('law');
  const { content, chapter, article } = find(locale, n);
  const numbers = allArticles(content.law).map((a) => a.number);
  const previous = numbers.includes(article.number - 1) ? article.number - 1 : undefined;
  const next = numbers.includes(article.number + 1) ? article.number + 1 : undefined;
  const label = (x: number) => articleLabel(x, locale);

  return (
    <article>
      <PageTitle title={label(article.number)}>
        <p className="text-lg text-muted">
          {t('pageTitle', { law: content.law.title })} ·{' '}
          <Link href={paths.lawChapterAnchor(chapter.number)}>
            {chapterLabel(chapter.number, locale)} {chapter.title}
          </Link>
        </p>
      </PageTitle>
      <LawTabs current={null} />
      <div className="text-xl leading-relaxed">
        <LawArticleText article={article} />
      </div>
      <p className="mt-6">
        <Link href={paths.lawArticleAnchor(article.number)} className="inline-flex min-h-11 items-center">
          {t('backToText')}
        </Link>
      </p>
      <SourceLine source={content.law.source} locale={locale} className="mt-4" />
      <LessonNav
        previous={previous ? { href: paths.lawArticle(previous), title: label(previous) } : undefined}
        next={next ? { href: paths.lawArticle(next), title: label(next) } : undefined}
        all={{ href: paths.lawArticleAnchor(article.number), title: t('articles') }}
        labels={{ previous: t('prevArticle'), next: t('nextArticle') }}
      />
      <SharePanel locale={locale} path={paths.lawArticle(article.number)} title={label(article.number)} />
    </article>
  );
}
