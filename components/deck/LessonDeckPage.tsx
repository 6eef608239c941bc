import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { getContent, localesWithContent } from '@/lib/content';
import { findDeck, type LessonKind } from '@/lib/deck/build';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { DeckView } from './DeckView';

type Params = Promise<{ locale: string; slug: string }>;

/** The route functions of a lesson's deck, /present/cases/{slug}/ or /present/tools/{slug}/. */
export function lessonDeckRoute(kind: LessonKind) {
  const list = (locale: Parameters<typeof getContent>[0]) =>
    kind === 'case' ? getContent(locale).cases : getContent(locale).tools;
  async function load(params: Params) {
    const { slug } = await params;
    const locale = await pageLocale(params);
    const deck = findDeck(getContent(locale), kind, slug);
    if (!deck) notFound();
    const t = await getTranslations('deck');
    return { locale, deck, t };
  }
  return {
    generateStaticParams: () => localesWithContent().flatMap((locale) => list(locale).map((l) => ({ locale, slug: l.slug }))),
    async generateMetadata({ params }: { params: Params }): Promise<Metadata> {
      const { locale, deck, t } = await load(params);
      return pageMetadata(locale, paths.presentLesson(kind, deck.slug), {
        title: t('title', { title: deck.title }),
        description: t('description', { title: deck.title }),
      });
    },
    async Page({ params }: { params: Params }) {
      const { locale, deck, t } = await load(params);
      return (
        <DeckView
          locale={locale}
          title={t('title', { title: deck.title })}
          slides={deck.slides.map((slide) => ({ deck, slide }))}
          exit={deck.lessonPath}
        />
      );
    },
  };
}
