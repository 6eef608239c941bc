import { getTranslations } from 'next-intl/server';
import { CardSection } from '@/components/CardSection';
import { LinkCard, NumberBadge } from '@/components/LinkCard';
import type { Locale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { paths } from '@/lib/routes';

/** The way into a case's walkthrough, placed in its lesson. */
export async function WalkthroughLink({ slug }: { slug: string }) {
  const t = await getTranslations('walkthrough');
  return (
    <div className="no-print mt-10" data-walkthrough-link>
      <LinkCard
        href={paths.caseWalkthrough(slug)}
        title={t('entry')}
        badge={
          <span aria-hidden="true" className="text-2xl">
            ▶
          </span>
        }
      />
    </div>
  );
}

/** Every walkthrough, for the home page. */
export async function WalkthroughList({ locale }: { locale: Locale }) {
  const t = await getTranslations('walkthrough');
  const content = getContent(locale);
  return (
    <CardSection id="drills" title={t('homeTitle')} intro={t('homeIntro')}>
      {content.walkthroughs.map((d) => (
        <li key={d.slug}>
          <LinkCard href={paths.caseWalkthrough(d.slug)} title={d.lesson.title} badge={<NumberBadge n={d.lesson.order} />}>
            {d.intro}
          </LinkCard>
        </li>
      ))}
    </CardSection>
  );
}
