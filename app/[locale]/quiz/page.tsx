import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { SelfTest } from '@/components/quiz/SelfTest';
import { StaticQuestion } from '@/components/quiz/StaticQuestion';
import { contentLocaleParams, getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { localePath, paths } from '@/lib/routes';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { SELF_TEST_SIZE, drawSelfTest, selfTestPool } from '@/lib/quiz/draw';
import { clientMessages } from '@/i18n/client-messages';
import { toPlayable, topicInfo } from '@/lib/quiz/playable';
import { seededRandom } from '@/lib/quiz/random';

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
  const bank = selfTestPool(content.quiz).map((i) => toPlayable(i, locale));
  // The fixed sample a reader without JavaScript sees; with JavaScript every attempt is drawn afresh.
  const sample = drawSelfTest(bank, SELF_TEST_SIZE, seededRandom(2023));
  const messages = await clientMessages('quiz', 'scenario');
  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />
      {/* Without JavaScript: a fixed sample with the answers in disclosures (hidden when scripts run). */}
      <div data-no-js>
        <p className="mb-4 rounded-lg bg-note-wash p-3">{t('noJsNote')}</p>
        <ol className="space-y-4">
          {sample.map((item) => (
            <li key={item.id}>
              <StaticQuestion item={item} messages={messages} locale={locale} />
            </li>
          ))}
        </ol>
      </div>
      <SelfTest
        bankUrl={localePath(locale, paths.quizBank())}
        links={{ quiz: localePath(locale, paths.quiz()), challenge: localePath(locale, paths.challenge('{id}')) }}
        topics={topicInfo(content, { law: t('topicLaw'), rules: t('topicRules') })}
        count={SELF_TEST_SIZE}
        locale={locale}
        messages={messages}
      />
      <SharePanel locale={locale} path={paths.quiz()} title={t('title')} />
    </>
  );
}
