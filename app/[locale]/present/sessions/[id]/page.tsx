import type { Metadata } from 'next';
import { notFound } from 'next/navigation';
import { getMessages } from 'next-intl/server';
import { DeckView } from '@/components/deck/DeckView';
import { getContent, localesWithContent } from '@/lib/content';
import { sessionDecks, sessionSlides } from '@/lib/deck/build';
import { SESSIONS } from '@/lib/deck/sessions';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { fill } from '@/lib/quiz/fill';

type Params = Promise<{ locale: string; id: string }>;

export const dynamicParams = false;

export function generateStaticParams() {
  return localesWithContent().flatMap((locale) => SESSIONS.map((s) => ({ locale, id: s.id })));
}

async function load(params: Params) {
  const { id } = await params;
  const locale = await pageLocale(params);
  const session = SESSIONS.find((s) => s.id === id);
  if (!session) notFound();
  const t = (await getMessages()).deck;
  const decks = sessionDecks(getContent(locale), session.lessons);
  return { locale, session, decks, t, title: fill(t.title, { title: t.sessions[session.id].name }) };
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, session, decks, t, title } = await load(params);
  return pageMetadata(locale, paths.presentSession(session.id), {
    title,
    description: fill(t.description, { title: decks.map((d) => d.title).join(' · ') }),
  });
}

/** A ready-made session: its lessons' decks as one, from the first slide to one closing slide. */
export default async function SessionPage({ params }: { params: Params }) {
  const { locale, decks, title } = await load(params);
  return <DeckView locale={locale} title={title} slides={sessionSlides(decks)} exit={paths.present()} />;
}
