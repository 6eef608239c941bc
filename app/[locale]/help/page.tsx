import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { EvidenceList } from '@/components/EvidenceList';
import { TitledSection } from '@/components/TitledSection';
import { LinkCard } from '@/components/LinkCard';
import { PageTitle } from '@/components/PageTitle';
import { clientMessages } from '@/i18n/client-messages';
import { HelpParagraphs } from '@/components/HelpParagraphs';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const content = getContent(locale);
  return pageMetadata(locale, paths.help(), { title: content.help.title, description: content.help.intro });
}

export default async function HelpPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('help');
  const content = getContent(locale);
  const { help } = content;

  return (
    <>
      <PageTitle title={help.title} lead={help.intro} />

      <TitledSection id="steps" title={t('stepsTitle')}>
        <ol className="steps mt-4 space-y-6">
          {help.steps.map((step) => (
            <li key={step.id} id={step.id} className="scroll-mt-4">
              <p className="text-base font-bold text-brand-dark">{step.when}</p>
              <h3 className="text-xl">{step.title}</h3>
              <HelpParagraphs paragraphs={step.paragraphs} locale={locale} className="mt-1 text-lg" />
            </li>
          ))}
        </ol>
      </TitledSection>

      <TitledSection id="evidence" anchor title={help.evidence.title} className="mt-12 scroll-mt-4 rounded-2xl bg-wash p-4">
        <HelpParagraphs paragraphs={help.evidence.paragraphs} locale={locale} className="mt-1 mb-3" />
        <EvidenceList items={help.evidence.items} messages={await clientMessages('help', 'storage')} />
      </TitledSection>

      <TitledSection
        id="recovery"
        anchor
        title={help.recovery.title}
        titleClassName="text-brand-dark"
        className="mt-12 scroll-mt-4 rounded-2xl border-2 border-brand bg-brand-wash p-4"
      >
        <HelpParagraphs paragraphs={help.recovery.paragraphs} locale={locale} className="mt-2 text-lg" />
      </TitledSection>

      <TitledSection id="tools" title={t('toolsTitle')} className="no-print mt-12">
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {help.tools.map(({ tool, why }) => (
            <li key={tool.slug}>
              <LinkCard href={paths.tool(tool.slug)} title={tool.title}>
                {why}
              </LinkCard>
            </li>
          ))}
        </ul>
      </TitledSection>

      <TitledSection id="family" anchor title={help.family.title} className="mt-12 scroll-mt-4">
        <p className="mt-1 font-bold text-brand-dark">{t('ours')}</p>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
          {help.family.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </TitledSection>
      <SharePanel locale={locale} path={paths.help()} title={help.title} />
    </>
  );
}
