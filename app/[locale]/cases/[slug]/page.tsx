import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { LawQuote } from '@/components/LawQuote';
import { LegalNotes } from '@/components/LegalNotes';
import { LessonNav } from '@/components/LessonNav';
import { LessonSection } from '@/components/mdx/LessonSection';
import { PageTitle } from '@/components/PageTitle';
import { PrintFooter } from '@/components/PrintFooter';
import { ReadAloud } from '@/components/ReadAloud';
import { LessonQuiz } from '@/components/quiz/LessonQuiz';
import { DrillLink } from '@/components/drill/DrillLinks';
import { AdviceRules, RuleCard } from '@/components/RuleCard';
import { HistoricalNote, SourceLine } from '@/components/SourceLine';
import { isLocale, routing } from '@/i18n/routing';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/lib/page';
import { lessonCheckItems } from '@/lib/quiz/playable';
import { paths } from '@/lib/routes';
import { caseComponents } from '@/mdx-components';
import { topicKey } from '@/lib/ids';
import { clientMessages } from '@/i18n/client-messages';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).cases.map((c) => ({ locale, slug: c.slug })));
}

function lesson(locale: string, slug: string) {
  if (!isLocale(locale)) notFound();
  const content = getContent(locale);
  const index = content.cases.findIndex((c) => c.slug === slug);
  if (index < 0) notFound();
  return { content, index, item: content.cases[index]! };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const { item } = lesson(locale, slug);
  return pageMetadata(locale, paths.case(slug), { title: item.frontmatter.title, description: item.frontmatter.summary });
}

export default async function CasePage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations('lesson');
  const tr = await getTranslations('readAloud');
  const tl = await getTranslations('law');
  const { content, index, item } = lesson(locale, slug);
  const fm = item.frontmatter;
  const source = content.sources.find((s) => s.id === fm.source)!;
  const { default: Body } = await import(`@/content/${locale}/cases/${slug}.mdx`);
  const previous = content.cases[index - 1];
  const next = content.cases[index + 1];

  return (
    <article data-readable>
      <PageTitle title={fm.title} lead={fm.summary}>
        <SourceLine source={source} locale={locale} />
        <ReadAloud lang={locale} target="[data-readable]" labels={{ start: tr('start'), stop: tr('stop') }} />
      </PageTitle>

      <LessonSection id="audience" title={t('audience')}>
        <p className="text-xl">{fm.audience}</p>
      </LessonSection>

      <Body components={caseComponents} />
      <DrillLink slug={slug} />

      {fm.rules.length > 0 && (
        <LessonSection id="rules" title={t('rules')}>
          <ul className="list-none space-y-3 pl-0">
            {fm.rules.map((id) => (
              <RuleCard key={id} id={id} content={content} locale={locale} />
            ))}
          </ul>
        </LessonSection>
      )}

      <LessonSection id="law" title={t('law')} printed={false}>
        <p className="mb-3 text-muted">{t('lawIntro')}</p>
        {locale !== routing.defaultLocale && <p className="mb-3 text-note">{tl('unofficial')}</p>}
        <div className="space-y-3">
          {fm.lawArticles.map((n) => (
            <LawQuote key={n} law={content.law} quote={{ article: n }} locale={locale} />
          ))}
        </div>
      </LessonSection>

      {fm.advice.length > 0 && (
        <LessonSection id="advice" title={t('advice')} printed={false}>
          <div className="space-y-6">
            {fm.advice.map((id) => {
              const advice = content.advice.find((a) => a.id === id)!;
              const adviceSource = content.sources.find((s) => s.id === advice.source)!;
              return (
                <div key={id} className="rounded-xl border-2 border-line p-4">
                  <h3 className="text-xl">{advice.title}</h3>
                  <h4 className="mt-3 font-bold">{t('adviceMethod')}</h4>
                  <p>{advice.method}</p>
                  <h4 className="mt-3 font-bold">{t('adviceTips')}</h4>
                  {advice.advice.map((p) => (
                    <p key={p}>{p}</p>
                  ))}
                  <AdviceRules advice={advice} content={content} />
                  <SourceLine source={adviceSource} locale={locale} className="mt-3" />
                  {adviceSource.historical && <HistoricalNote source={adviceSource} locale={locale} />}
                </div>
              );
            })}
          </div>
        </LessonSection>
      )}

      <LegalNotes content={content} locale={locale} slug={slug} />

      <LessonQuiz
        lessonKey={topicKey('case', slug)}
        items={lessonCheckItems(content, topicKey('case', slug), locale)}
        messages={await clientMessages('quiz', 'phone')}
        locale={locale}
      />

      <LessonNav
        previous={previous && { href: paths.case(previous.slug), title: previous.frontmatter.title }}
        next={next && { href: paths.case(next.slug), title: next.frontmatter.title }}
        all={{ href: paths.cases(), title: t('allCases') }}
        labels={{ previous: t('previous'), next: t('next') }}
      />
      <PrintFooter locale={locale} path={paths.case(slug)} />
      <SharePanel locale={locale} path={paths.case(slug)} title={fm.title} />
    </article>
  );
}
