import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';
import { LessonPage, lessonIn } from '@/components/lesson/LessonPage';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { toolComponents } from '@/mdx-components';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).tools.map((t) => ({ locale, slug: t.slug })));
}

const lesson = (locale: Locale, slug: string) => lessonIn(getContent(locale).tools, slug).lesson;

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const fm = lesson(locale, slug).frontmatter;
  return pageMetadata(locale, paths.tool(slug), { title: fm.title, description: fm.summary });
}

export default async function ToolPage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations('lesson');
  const fm = lesson(locale, slug).frontmatter;
  const { default: Body } = await import(`@/content/${locale}/tools/${slug}.mdx`);
  const facts = (fm.launched || fm.operator) && (
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
  );

  return (
    <LessonPage kind="tool" locale={locale} slug={slug} facts={facts}>
      <Body components={toolComponents} />
    </LessonPage>
  );
}
