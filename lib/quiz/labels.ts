import 'server-only';
import { getTranslations } from 'next-intl/server';
import { phoneLabels } from '@/lib/phone-labels';

/**
 * Interface strings the quiz components need, read once on the server. Client components get no
 * message catalogue: templates keep their {placeholders} and are filled with fill().
 */
export async function quizLabels() {
  const t = await getTranslations('quiz');
  const tl = await getTranslations('law');
  const raw = (key: Parameters<typeof t.raw>[0]) => t.raw(key) as string;
  return {
    submit: t('submit'),
    chooseFirst: t('chooseFirst'),
    correct: t('correct'),
    wrong: t('wrong'),
    rightAnswer: t('rightAnswer'),
    yourAnswer: t('yourAnswer'),
    isRight: t('isRight'),
    learnMore: raw('learnMore'),
    showAnswer: t('showAnswer'),
    multipleHint: t('multipleHint'),
    unofficial: tl('unofficial'),
    phone: await phoneLabels(),
  };
}

export type QuestionLabels = Awaited<ReturnType<typeof quizLabels>>;

export interface LessonCheckLabels {
  title: string;
  intro: string;
  result: string;
  passed: string;
  retry: string;
  again: string;
}

export async function lessonCheckLabels(): Promise<LessonCheckLabels> {
  const t = await getTranslations('quiz');
  return {
    title: t('checkTitle'),
    intro: t.raw('checkIntro') as string,
    result: t.raw('checkResult') as string,
    passed: t('checkPassed'),
    retry: t('checkRetry'),
    again: t('checkAgain'),
  };
}

export async function selfTestLabels() {
  const t = await getTranslations('quiz');
  const raw = (key: Parameters<typeof t.raw>[0]) => t.raw(key) as string;
  const band = (key: 'excellent' | 'good' | 'fair' | 'low') => ({
    title: t(`bands.${key}.title`),
    advice: t(`bands.${key}.advice`),
  });
  return {
    start: t('start'),
    review: raw('review'),
    reviewTitle: t('reviewTitle'),
    progress: raw('progress'),
    next: t('next'),
    finish: t('finish'),
    resultTitle: t('resultTitle'),
    score: raw('score'),
    bands: { excellent: band('excellent'), good: band('good'), fair: band('fair'), low: band('low') },
    byTopic: t('byTopic'),
    topicScore: raw('topicScore'),
    mistakes: t('mistakes'),
    noMistakes: t('noMistakes'),
    lessonsToReview: t('lessonsToReview'),
    retry: t('retry'),
    bankError: t('bankError'),
    confidence: { question: t('confidence.question'), sure: t('confidence.sure'), unsure: t('confidence.unsure') },
    sureWrong: t('sureWrong'),
    sureWrongIntro: t('sureWrongIntro'),
    sureWrongTag: t('sureWrongTag'),
    hardMissed: t('hardMissed'),
    share: {
      title: t('share'),
      text: raw('shareText'),
      copy: t('copy'),
      copied: t('copied'),
      systemShare: t('systemShare'),
      challenge: t('challenge'),
      challengeText: t('challengeText'),
    },
  };
}
