import type { Metadata } from 'next';
import { getTranslations } from 'next-intl/server';
import { WalkthroughLink } from '@/components/walkthrough/WalkthroughLinks';
import { LawQuote } from '@/components/LawQuote';
import { LegalNotes } from '@/components/LegalNotes';
import { LessonPage, lessonIn } from '@/components/lesson/LessonPage';
import { CaseSection } from '@/components/mdx/lesson-components';
import { AdviceRules, RuleCard } from '@/components/RuleCard';
import { HistoricalNote, SourceLine } from '@/components/SourceLine';
import { routing, type Locale } from '@/i18n/routing';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { caseComponents } from '@/mdx-components';

type Params = Promise<{ locale: string; slug: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).cases.map((c) => ({ locale, slug: c.slug })));
}

function lesson(locale: Locale, slug: string) {
  const content = getContent(locale);
  return { content, ...lessonIn(content.cases, slug) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const fm = lesson(locale, slug).lesson.frontmatter;
  return pageMetadata(locale, paths.case(slug), { title: fm.title, description: fm.summary });
}

export default async function CasePage({ params }: { params: Params }) {
  const { slug } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations('lesson');
  const tl = await getTranslations('law');
  const { content, lesson: item } = lesson(locale, slug);
  const { default: Body } = await import(`@/content/${locale}/cases/${slug}.mdx`);

  return (
    <LessonPage
      kind="case"
      locale={locale}
      slug={slug}
      reference={
        <>
          {item.rules.length > 0 && (
            <CaseSection id="rules" folded>
              <ul className="list-none space-y-3 pl-0">
                {item.rules.map((rule) => (
                  <RuleCard key={rule.item.id} rule={rule} locale={locale} />
                ))}
              </ul>
            </CaseSection>
          )}

          <CaseSection id="law" printed={false} folded>
            <p className="mb-3 text-muted">{t('lawIntro')}</p>
            {locale !== routing.defaultLocale && <p className="mb-3 text-note">{tl('unofficial')}</p>}
            <div className="space-y-3">
              {item.articles.map((article) => (
                <LawQuote key={article.number} quote={{ article }} locale={locale} />
              ))}
            </div>
          </CaseSection>

          {item.advice.length > 0 && (
            <CaseSection id="advice" printed={false} folded>
              <div className="space-y-6">
                {item.advice.map((advice) => (
                  <div key={advice.id} className="rounded-xl border-2 border-line p-4">
                    <h3 className="text-xl">{advice.title}</h3>
                    <h4 className="mt-3 font-bold">{t('adviceMethod')}</h4>
                    <p>{advice.method}</p>
                    <h4 className="mt-3 font-bold">{t('adviceTips')}</h4>
                    {advice.advice.map((p) => (
                      <p key={p}>{p}</p>
                    ))}
                    <AdviceRules advice={advice} />
                    <SourceLine source={advice.source} locale={locale} className="mt-3" />
                    {advice.source.historical && <HistoricalNote source={advice.source} locale={locale} />}
                  </div>
                ))}
              </div>
            </CaseSection>
          )}

          <LegalNotes content={content} locale={locale} slug={slug} folded />
        </>
      }
    >
      <CaseSection id="audience">
        <p className="text-xl">{item.frontmatter.audience}</p>
      </CaseSection>

      <Body components={caseComponents} />
      <WalkthroughLink slug={slug} />
    </LessonPage>
  );
}
