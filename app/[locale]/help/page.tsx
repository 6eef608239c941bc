import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { EvidenceList } from '@/components/EvidenceList';
import { LinkCard } from '@/components/LinkCard';
import { PageTitle } from '@/components/PageTitle';
import { clientMessages } from '@/i18n/client-messages';
import { HelpParagraphs } from '@/components/HelpParagraphs';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/lib/page';
import { paths } from '@/lib/routes';
import { contentLocaleParams } from '@/lib/site-paths';

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

      <section aria-labelledby="steps-title">
        <h2 id="steps-title" className="text-2xl">
          {t('stepsTitle')}
        </h2>
        <ol className="steps mt-4 space-y-6">
          {help.steps.map((step) => (
            <li key={step.id} id={step.id} className="scroll-mt-4">
              <p className="text-base font-bold text-brand-dark">{step.when}</p>
              <h3 className="text-xl">{step.title}</h3>
              <HelpParagraphs paragraphs={step.paragraphs} locale={locale} className="mt-1 text-lg" />
            </li>
          ))}
        </ol>
      </section>

      <section aria-labelledby="evidence-title" id="evidence" className="mt-12 scroll-mt-4 rounded-2xl bg-wash p-4">
        <h2 id="evidence-title" className="text-2xl">
          {help.evidence.title}
        </h2>
        <HelpParagraphs paragraphs={help.evidence.paragraphs} locale={locale} className="mt-1 mb-3" />
        <EvidenceList items={help.evidence.items} messages={await clientMessages('help', 'storage')} />
      </section>

      <section
        aria-labelledby="recovery-title"
        id="recovery"
        className="mt-12 scroll-mt-4 rounded-2xl border-2 border-brand bg-brand-wash p-4"
      >
        <h2 id="recovery-title" className="text-2xl text-brand-dark">
          {help.recovery.title}
        </h2>
        <HelpParagraphs
          paragraphs={help.recovery.paragraphs}

          locale={locale}
          className="mt-2 text-lg"
        />
      </section>

      <section aria-labelledby="tools-title" className="no-print mt-12">
        <h2 id="tools-title" className="text-2xl">
          {t('toolsTitle')}
        </h2>
        <ul className="mt-3 grid gap-3 sm:grid-cols-2">
          {help.tools.map(({ tool, why }) => (
            <li key={tool.slug}>
              <LinkCard href={paths.tool(tool.slug)} title={tool.title}>
                {why}
              </LinkCard>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="family-title" id="family" className="mt-12 scroll-mt-4">
        <h2 id="family-title" className="text-2xl">
          {help.family.title}
        </h2>
        <p className="mt-1 font-bold text-brand-dark">{t('ours')}</p>
        <ul className="mt-3 list-disc space-y-2 pl-6 text-lg">
          {help.family.points.map((p) => (
            <li key={p}>{p}</li>
          ))}
        </ul>
      </section>
      <SharePanel locale={locale} path={paths.help()} title={help.title} />
    </>
  );
}
