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
import { phoneLabels } from '@/lib/phone-labels';
import { paths } from '@/lib/routes';

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
  const raw = (key: 'step' | 'doneScore' | 'lesson') => t.raw(key) as string;
  return (
    <article>
      <PageTitle title={title} lead={`${t('intro')} ${drill.intro}`}>
        <SourceLine source={drill.source} locale={locale} />
      </PageTitle>
      <Walkthrough
        steps={drill.steps.map(({ stage, scenario, prompt, choices, learn }) => ({
          stage,
          scenario,
          prompt,
          choices,
          learn: { href: `/${locale}${learn.href}`, title: learn.title },
        }))}
        remember={drill.remember}
        lesson={{ href: `/${locale}${paths.case(drill.slug)}`, title: drill.lesson.title }}
        labels={{
          step: raw('step'),
          safe: t('safe'),
          risky: t('risky'),
          happened: t('happened'),
          flag: t('flag'),
          why: t('why'),
          next: t('next'),
          continue: t('continue'),
          finish: t('finish'),
          doneTitle: t('doneTitle'),
          doneScore: raw('doneScore'),
          remember: t('remember'),
          lesson: t('lesson', { title: drill.lesson.title }),
          again: t('again'),
          noJs: t('noJs'),
        }}
        phoneLabels={await phoneLabels()}
      />
      <SharePanel locale={locale} path={paths.caseDrill(drill.slug)} title={title} />
    </article>
  );
}
