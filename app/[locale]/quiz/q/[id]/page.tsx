import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { QuestionCard } from '@/components/quiz/QuestionCard';
import { Link } from '@/i18n/navigation';
import { isLocale } from '@/i18n/routing';
import { getContent, localesWithContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { clientMessages } from '@/i18n/client-messages';
import { toPlayable } from '@/lib/quiz/playable';
import { paths } from '@/lib/routes';

type Params = Promise<{ locale: string; id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => getContent(locale).quiz.map((item) => ({ locale, id: item.id })));
}

function find(locale: string, id: string) {
  if (!isLocale(locale)) notFound();
  const content = getContent(locale);
  const item = content.quiz.find((i) => i.id === id);
  if (!item) notFound();
  return { content, item };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const { id } = await params;
  const t = await getTranslations({ locale, namespace: 'quiz' });
  const { item } = find(locale, id);
  return pageMetadata(locale, paths.challenge(id), {
    title: t('challengeMetaTitle', { title: t('challengeTitle'), prompt: item.prompt }),
    description: t('challengeIntro'),
  });
}

export default async function ChallengePage({ params }: { params: Params }) {
  const { id } = await params;
  const locale = await pageLocale(params);
  const t = await getTranslations('quiz');
  const { item } = find(locale, id);
  const playable = toPlayable(item, locale);
  return (
    <>
      <PageTitle title={t('challengeTitle')} lead={t('challengeIntro')} />
      <QuestionCard item={playable} messages={await clientMessages('quiz', 'scenario')} locale={locale} />
      <p className="mt-8">
        <Link
          href={paths.quiz()}
          className="inline-flex min-h-12 items-center rounded-xl bg-brand px-6 text-lg font-bold text-white no-underline"
        >
          {t('tryFull')} →
        </Link>
      </p>
      <SharePanel locale={locale} path={paths.challenge(id)} title={t('challengeTitle')} />
    </>
  );
}
