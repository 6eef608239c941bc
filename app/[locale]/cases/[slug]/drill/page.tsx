import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeckLink } from '@/components/deck/DeckLink';
import { Walkthrough } from '@/components/drill/Walkthrough';
import { PageTitle } from '@/components/PageTitle';
import { SharePanel } from '@/components/share/SharePanel';
import { SourceLine } from '@/components/SourceLine';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { clientMessages } from '@/i18n/client-messages';
import { localePath, paths } from '@/lib/routes';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).drills.map((d) => ({ locale, slug: d.slug })));
}

async function drillPage(params: Params) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const drill = getContent(locale).drills.find((d) => d.slug === slug);
  if (!drill) notFound();
  const t = await getTranslations('drill');
  return { locale, drill, t, title: t('title', { title: drill.lesson.title }) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, drill, title } = await drillPage(params);
  return pageMetadata(locale, paths.caseDrill(drill.slug), { title, description: drill.intro });
}

export default async function DrillPage({ params }: { params: Params }) {
  const { locale, drill, t, title } = await drillPage(params);
  return (
    <article>
      <PageTitle title={title} lead={`${t('intro')} ${drill.intro}`}>
        <SourceLine source={drill.source} locale={locale} />
        <DeckLink kind="case" slug={drill.slug} drill />
      </PageTitle>
      <Walkthrough
        steps={drill.steps.map(({ stage, scenario, prompt, choices, learn }) => ({
          stage,
          scenario,
          prompt,
          choices,
          learn: { href: localePath(locale, learn.href), title: learn.title },
        }))}
        remember={drill.remember}
        lesson={{ href: localePath(locale, paths.case(drill.slug)), title: drill.lesson.title }}
        messages={await clientMessages('drill', 'phone')}
      />
      <SharePanel locale={locale} path={paths.caseDrill(drill.slug)} title={title} />
    </article>
  );
}
