import type { Metadata } from 'next';
import { getMessages } from 'next-intl/server';
import { CustomDeck } from '@/components/deck/CustomDeck';
import { DeckView } from '@/components/deck/DeckView';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { localePath, paths } from '@/lib/routes';
import { contentLocaleParams } from '@/lib/content';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = (await getMessages({ locale })).deck;
  return pageMetadata(locale, paths.presentCustom(), { title: t.customTitleShort, description: t.customIntro });
}

/** A session of the presenter's own: the ticked lessons' decks, put together in the browser. */
export default async function CustomSessionPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = (await getMessages()).deck;
  return (
    <DeckView
      locale={locale}
      title={t.customTitleShort}
      slides={[]}
      exit={paths.present()}
      loader={
        <CustomDeck
          deckHref={{
            case: localePath(locale, paths.presentLesson('case', '{slug}')),
            tool: localePath(locale, paths.presentLesson('tool', '{slug}')),
          }}
          slideNamed={t.slideNamed}
          none={t.customNone}
        />
      }
    >
      <p className="mt-2 text-base text-muted" data-no-js>
        {t.customIntro}
      </p>
    </DeckView>
  );
}
