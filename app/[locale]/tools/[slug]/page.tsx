import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LessonNav } from '@/components/LessonNav';
import { PageTitle } from '@/components/PageTitle';
import { PrintFooter } from '@/components/PrintFooter';
import { ReadAloud } from '@/components/ReadAloud';
import { LessonQuiz } from '@/components/quiz/LessonQuiz';
import { SourceLine } from '@/components/SourceLine';
import { isLocale } from '@/i18n/routing';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/lib/page';
import { lessonCheckItems } from '@/lib/quiz/playable';
import { paths } from '@/lib/routes';
import { toolComponents } from '@/mdx-components';
import { topicKey } from '@/lib/ids';
import { clientMessages } from '@/i18n/client-messages';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).tools.map((t) => ({ locale, slug: t.slug })));
}

function lesson(locale: string, slug: string) {
  if (!isLocale(locale)) notFound();
  const content = getContent(locale);
  const index = content.tools.findIndex((t) => t.slug === slug);
  if (index < 0) notFound();
  return { content, index, item: content.tools[index]! };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const { item } = lesson(locale, slug);
  return pageMetadata(locale, paths.tool(slug), { title: item.frontmatter.title, description: item.frontmatter.summary });
}

export default async function ToolPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations('lesson');
  const tr = await getTranslations('readAloud');
  const { content, index, item } = lesson(locale, slug);
  const fm = item.frontmatter;
  const source = content.sources.find((s) => s.id === fm.source)!;
  const { default: Body } = await import(`@/content/${locale}/tools/${slug}.mdx`);
  const previous = content.tools[index - 1];
  const next = content.tools[index + 1];

  return (
    <article data-readable>
      <PageTitle title={fm.title} lead={fm.summary}>
        {(fm.launched || fm.operator) && (
          <dl className="grid gap-x-4 gap-y-1 rounded-xl bg-wash p-4 sm:grid-cols-[auto_1fr]">
            {fm.launched && (
              <>
                <dt className="font-bold">{t('launched')}</dt>
                <dd>{fm.launched}</dd>
              </>
            )}
            {fm.operator && (
              <>
                <dt className="font-bold">{t('operator')}</dt>
                <dd>{fm.operator}</dd>
              </>
            )}
          </dl>
        )}
        <SourceLine source={source} locale={locale} />
        <ReadAloud lang={locale} target="[data-readable]" labels={{ start: tr('start'), stop: tr('stop') }} />
      </PageTitle>

      <Body components={toolComponents} />

      <LessonQuiz
        lessonKey={topicKey('tool', slug)}
        items={lessonCheckItems(content, topicKey('tool', slug), locale)}
        messages={await clientMessages('quiz', 'phone')}
        locale={locale}
      />

      <LessonNav
        previous={previous && { href: paths.tool(previous.slug), title: previous.frontmatter.title }}
        next={next && { href: paths.tool(next.slug), title: next.frontmatter.title }}
        all={{ href: paths.tools(), title: t('allTools') }}
        labels={{ previous: t('previous'), next: t('next') }}
      />
      <PrintFooter locale={locale} path={paths.tool(slug)} />
      <SharePanel locale={locale} path={paths.tool(slug)} title={fm.title} />
    </article>
  );
}
