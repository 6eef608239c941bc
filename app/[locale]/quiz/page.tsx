import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { SelfTest } from '@/components/quiz/SelfTest';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { paths } from '@/lib/routes';
import { pageLocale, type LocaleParams } from '@/lib/page';
import { SELF_TEST_SIZE, drawBalanced } from '@/lib/quiz/draw';
import { quizLabels, selfTestLabels } from '@/lib/quiz/labels';
import { toPlayable, topicInfo } from '@/lib/quiz/playable';
import { seededRandom } from '@/lib/quiz/random';
import { contentLocaleParams } from '@/lib/site-paths';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'quiz' });
  return pageMetadata(locale, paths.quiz(), { title: t('title'), description: t('intro') });
}

export default async function QuizPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('quiz');
  const content = getContent(locale);
  const bank = content.quiz.map((item) => toPlayable(item, content, locale));
  // The fixed sample a reader without JavaScript sees; with JavaScript every attempt is drawn afresh.
  const sample = drawBalanced(bank, SELF_TEST_SIZE, seededRandom(2023));
  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />
      <SelfTest
        bankUrl={`/${locale}${paths.quizBank()}`}
        sample={sample}
        topics={topicInfo(content, { law: t('topicLaw'), rules: t('topicRules') })}
        count={SELF_TEST_SIZE}
        locale={locale}
        labels={await selfTestLabels()}
        questionLabels={await quizLabels()}
      />
      <SharePanel locale={locale} path={paths.quiz()} title={t('title')} />
    </>
  );
}
