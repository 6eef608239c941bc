import { getTranslations } from 'next-intl/server';
import { Link } from '@/i18n/navigation';
import type { LessonKind } from '@/lib/deck/build';
import { paths } from '@/lib/routes';

/** "宣讲模式": the lesson's deck, for whoever teaches it to a room. Not on paper. */
export async function DeckLink({ kind, slug, walkthrough = false }: { kind: LessonKind; slug: string; walkthrough?: boolean }) {
  const t = await getTranslations('deck');
  return (
    <p className="no-print text-base">
      <Link href={paths.presentLesson(kind, slug)} className="inline-flex min-h-11 items-center" data-deck-link>
        {walkthrough ? t('walkthroughLink') : t('link')}
      </Link>
    </p>
  );
}
