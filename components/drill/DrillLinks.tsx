import { getTranslations } from 'next-intl/server';
import { CardSection } from '@/components/CardSection';
import { LinkCard, NumberBadge } from '@/components/LinkCard';
import type { Locale } from '@/i18n/routing';
import { getContent } from '@/lib/content';
import { paths } from '@/lib/routes';

/** The way into a case's walkthrough, placed in its lesson. */
export async function DrillLink({ slug }: { slug: string }) {
  const t = await getTranslations('drill');
  return (
    <div className="no-print mt-10" data-drill-link>
      <LinkCard
        href={paths.caseDrill(slug)}
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
export async function DrillList({ locale }: { locale: Locale }) {
  const t = await getTranslations('drill');
  const content = getContent(locale);
  return (
    <CardSection id="drills" title={t('homeTitle')} intro={t('homeIntro')}>
      {content.drills.map((d) => (
        <li key={d.slug}>
          <LinkCard href={paths.caseDrill(d.slug)} title={d.lesson.title} badge={<NumberBadge n={d.lesson.order} />}>
            {d.intro}
          </LinkCard>
        </li>
      ))}
    </CardSection>
  );
}
