import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { ScamCheck } from '@/components/scam-check/ScamCheck';
import { OURS, type ScamCheckView } from '@/components/scam-check/view';
import { PageTitle } from '@/components/PageTitle';
import { clientMessages } from '@/i18n/client-messages';
import { contentLocaleParams, getContent, type SourceInfo } from '@/lib/content';
import { formatDate } from '@/lib/format';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { localePath, paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'scamCheck' });
  return pageMetadata(locale, paths.scamCheck(), { title: t('title'), description: t('intro') });
}

export default async function CheckPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('scamCheck');
  const ts = await getTranslations('source');
  const content = getContent(locale);
  const sourceLine = (s: SourceInfo) =>
    `${ts('label')}${ts('title', { title: s.title })} · ${ts('asOf', { date: formatDate(s.date, locale) })}`;
  const usedRules = new Set(content.scamCheck.signals.flatMap((s) => s.rules));
  const view: ScamCheckView = {
    questions: content.scamCheck.questions,
    // A sign no source says is our advice: its line says so.
    signals: content.scamCheck.signals.map((s) => ({ ...s, source: s.source?.id ?? OURS })),
    sources: Object.fromEntries(
      content.scamCheck.signals.map((s) => (s.source ? [s.source.id, sourceLine(s.source)] : [OURS, ts('ours')])),
    ),
    cases: Object.fromEntries(content.cases.map((c) => [c.slug, { title: c.frontmatter.title, href: paths.case(c.slug) }])),
    // Only the rules a sign points to: the page carries no rule it can never show.
    rules: Object.fromEntries(
      content.rules.flatMap((g) =>
        g.items
          .filter((item) => usedRules.has(item.id))
          .map((item) => [item.id, { text: item.text, group: g.title, href: paths.rule(item.id) }]),
      ),
    ),
    now: content.checklist.outcome.steps,
  };

  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />
      <ScamCheck
        view={view}
        locale={locale}
        messages={await clientMessages('scamCheck')}
        helpHref={paths.help()}
        phrasesUrl={localePath(locale, paths.scamCheckPhrases())}
        otherPhrasesUrl={localePath(locale, paths.scamCheckOtherPhrases())}
      />
      <SharePanel locale={locale} path={paths.scamCheck()} title={t('title')} />
    </>
  );
}
