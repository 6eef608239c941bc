import type { Metadata } from 'next';
import { getMessages, getTranslations } from 'next-intl/server';
import { PageTitle } from '@/components/PageTitle';
import { TitledSection } from '@/components/TitledSection';
import { CustomSession } from '@/components/deck/CustomSession';
import { SavedSessions } from '@/components/deck/SaveSession';
import { SessionCard } from '@/components/deck/SessionCard';
import { contentLocaleParams, getContent } from '@/lib/content';
import { sessionDecks } from '@/lib/deck/build';
import { SESSIONS } from '@/lib/deck/sessions';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { localePath, paths } from '@/lib/routes';

export const dynamicParams = false;
export const generateStaticParams = contentLocaleParams;

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  const locale = await pageLocale(params);
  const t = await getTranslations({ locale, namespace: 'deck' });
  return pageMetadata(locale, paths.present(), { title: t('presentTitle'), description: t('presentIntro') });
}

/** 宣讲: ready-made sessions by audience, every lesson's deck, and a session built by ticking lessons. */
export default async function PresentPage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = (await getMessages()).deck;
  const content = getContent(locale);
  const lessons = [
    { heading: t.cases, kind: 'case' as const, list: content.cases },
    { heading: t.tools, kind: 'tool' as const, list: content.tools },
  ];
  return (
    <>
      <PageTitle title={t.presentTitle} lead={t.presentIntro} />
      <TitledSection id="sessions" title={t.sessionsTitle}>
        <p className="mt-2 rounded-lg bg-wash p-3 text-base" role="note">
          {t.presentAdvice}
        </p>
        <div className="mt-4 space-y-4">
          {SESSIONS.map((s) => (
            <SessionCard key={s.id} locale={locale} id={s.id} decks={sessionDecks(content, s.lessons)} content={content} t={t} />
          ))}
        </div>
      </TitledSection>
      <SavedSessions title={t.savedTitle} none={t.savedNone} />
      <TitledSection id="decks" title={t.decksTitle} className="mt-8">
        {lessons.map(({ heading, kind, list }) => (
          <div key={kind}>
            <h3 className="mt-4 text-xl">{heading}</h3>
            <ul className="mt-2 grid gap-x-6 sm:grid-cols-2">
              {list.map((l) => (
                <li key={l.slug}>
                  <a href={localePath(locale, paths.presentLesson(kind, l.slug))} className="inline-flex min-h-11 items-center">
                    {l.frontmatter.title}
                  </a>
                </li>
              ))}
            </ul>
          </div>
        ))}
      </TitledSection>
      <CustomSession
        locale={locale}
        title={t.customTitle}
        intro={t.customIntro}
        start={t.customStart}
        lessons={lessons.flatMap(({ kind, list }) => list.map((l) => ({ ref: `${kind}:${l.slug}`, title: l.frontmatter.title })))}
      />
    </>
  );
}
