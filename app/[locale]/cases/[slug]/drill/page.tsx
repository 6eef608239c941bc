import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { Walkthrough } from '@/components/drill/Walkthrough';
import { PageTitle } from '@/components/PageTitle';
import { SharePanel } from '@/components/share/SharePanel';
import { SourceLine } from '@/components/SourceLine';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/lib/page';
import { clientMessages } from '@/i18n/client-messages';
import { refLink } from '@/lib/quiz/playable';
import { paths } from '@/lib/routes';
import { localePath } from '@/lib/locale-url';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).drills.map((d) => ({ locale, slug: d.slug })));
}

async function drillPage(params: Params) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const content = getContent(locale);
  const drill = content.drills.find((d) => d.slug === slug);
  const lesson = content.cases.find((c) => c.slug === slug);
  if (!drill || !lesson) notFound();
  const t = await getTranslations('drill');
  return { locale, content, drill, lesson, t, title: t('title', { title: lesson.frontmatter.title }) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, drill, title } = await drillPage(params);
  return pageMetadata(locale, paths.caseDrill(drill.slug), { title, description: drill.intro });
}

export default async function DrillPage({ params }: { params: Params }) {
  const { locale, content, drill, lesson, t, title } = await drillPage(params);
  const source = content.sources.find((s) => s.id === drill.source)!;
  return (
    <article>
      <PageTitle title={title} lead={`${t('intro')} ${drill.intro}`}>
        <SourceLine source={source} locale={locale} />
      </PageTitle>
      <Walkthrough
        steps={drill.steps.map(({ ref, ...s }) => {
          const learn = refLink(ref, content, locale);
          return { ...s, learn: { href: localePath(locale, learn.href), title: learn.title } };
        })}
        remember={drill.remember}
        lesson={{ href: localePath(locale, paths.case(drill.slug)), title: lesson.frontmatter.title }}
        messages={await clientMessages('drill', 'phone')}
      />
      <SharePanel locale={locale} path={paths.caseDrill(drill.slug)} title={title} />
    </article>
  );
}
