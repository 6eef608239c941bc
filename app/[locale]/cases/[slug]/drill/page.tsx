import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeckLink } from '@/components/deck/DeckLink';
import { Walkthrough } from '@/components/walkthrough/Walkthrough';
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
  return localesWithContent().flatMap((locale) => getContent(locale).walkthroughs.map((d) => ({ locale, slug: d.slug })));
}

async function walkthroughPage(params: Params) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const walkthrough = getContent(locale).walkthroughs.find((d) => d.slug === slug);
  if (!walkthrough) notFound();
  const t = await getTranslations('walkthrough');
  return { locale, walkthrough, t, title: t('title', { title: walkthrough.lesson.title }) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, walkthrough, title } = await walkthroughPage(params);
  return pageMetadata(locale, paths.caseWalkthrough(walkthrough.slug), { title, description: walkthrough.intro });
}

export default async function WalkthroughPage({ params }: { params: Params }) {
  const { locale, walkthrough, t, title } = await walkthroughPage(params);
  return (
    <article>
      <PageTitle title={title} lead={`${t('intro')} ${walkthrough.intro}`}>
        <SourceLine source={walkthrough.source} locale={locale} />
        <DeckLink kind="case" slug={walkthrough.slug} walkthrough />
      </PageTitle>
      <Walkthrough
        steps={walkthrough.steps.map(({ stage, scenario, prompt, choices, learn }) => ({
          stage,
          scenario,
          prompt,
          choices,
          learn: { href: localePath(locale, learn.href), title: learn.title },
        }))}
        remember={walkthrough.remember}
        lesson={{ href: localePath(locale, paths.case(walkthrough.slug)), title: walkthrough.lesson.title }}
        messages={await clientMessages('walkthrough', 'scenario')}
      />
      <SharePanel locale={locale} path={paths.caseWalkthrough(walkthrough.slug)} title={title} />
    </article>
  );
}
