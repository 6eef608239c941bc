import type { ReactNode } from 'react';
import { notFound } from 'next/navigation';
import { getTranslations } from 'next-intl/server';
import { DeckLink } from '@/components/deck/DeckLink';
import { LessonNav } from '@/components/LessonNav';
import { PageTitle } from '@/components/PageTitle';
import { PrintFooter } from '@/components/PrintFooter';
import { ReadAloud } from '@/components/ReadAloud';
import { LessonQuiz } from '@/components/quiz/LessonQuiz';
import { SharePanel } from '@/components/share/SharePanel';
import { SourceLine } from '@/components/SourceLine';
import { clientMessages } from '@/i18n/client-messages';
import type { Locale } from '@/i18n/routing';
import { getContent, type CaseLesson, type LocaleContent, type ToolLesson } from '@/lib/content';
import { topicKey } from '@/lib/ids';
import { toPlayable } from '@/lib/quiz/playable';
import { paths } from '@/lib/routes';

/** What differs between the two kinds of lesson: which list they are in, and where they are linked. */
const KINDS = {
  case: { list: (c: LocaleContent): Lesson[] => c.cases, path: paths.case, all: paths.cases, allLabel: 'allCases' },
  tool: { list: (c: LocaleContent): Lesson[] => c.tools, path: paths.tool, all: paths.tools, allLabel: 'allTools' },
} as const;
type Lesson = CaseLesson | ToolLesson;

/** A lesson and its neighbours in its list; an unknown slug is a 404. */
export function lessonIn<T extends { slug: string }>(list: readonly T[], slug: string) {
  const index = list.findIndex((l) => l.slug === slug);
  const lesson = list[index];
  if (!lesson) notFound();
  return { lesson, previous: list[index - 1], next: list[index + 1] };
}

/**
 * The frame every lesson shares: title with its source and read-aloud, the lesson itself (children),
 * the lesson quiz right after it, then the folded reference parts, the neighbouring lessons, the printed
 * handout's footer and the share panel: on a phone the quiz comes within a few screens of the top.
 */
export async function LessonPage({
  kind,
  locale,
  slug,
  facts,
  children,
  reference,
}: {
  kind: keyof typeof KINDS;
  locale: Locale;
  slug: string;
  /** Shown in the title block above the source line (a tool's launch date and operator). */
  facts?: ReactNode;
  children: ReactNode;
  /** Reference parts (related rules, the law in full, other sources), folded, after the lesson quiz. */
  reference?: ReactNode;
}) {
  const t = await getTranslations('lesson');
  const tr = await getTranslations('readAloud');
  const { list, path, all, allLabel } = KINDS[kind];
  const { lesson, previous, next } = lessonIn(list(getContent(locale)), slug);
  const fm = lesson.frontmatter;
  return (
    <article data-readable>
      <PageTitle title={fm.title} lead={fm.summary}>
        {facts}
        <SourceLine source={lesson.source} locale={locale} />
        <ReadAloud lang={locale} target="[data-readable]" labels={{ start: tr('start'), stop: tr('stop') }} />
        <DeckLink kind={kind} slug={slug} />
      </PageTitle>

      {children}

      <LessonQuiz
        lessonKey={topicKey(kind, slug)}
        items={lesson.lessonQuiz.map((i) => toPlayable(i, locale))}
        messages={await clientMessages('quiz', 'scenario')}
        locale={locale}
      />

      {reference}

      <LessonNav
        previous={previous && { href: path(previous.slug), title: previous.frontmatter.title }}
        next={next && { href: path(next.slug), title: next.frontmatter.title }}
        all={{ href: all(), title: t(allLabel) }}
        labels={{ previous: t('previous'), next: t('next') }}
      />
      <PrintFooter locale={locale} path={path(slug)} />
      <SharePanel locale={locale} path={path(slug)} title={fm.title} />
    </article>
  );
}
