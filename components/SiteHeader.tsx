import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { paths } from '@/lib/routes';
import { ElderToggle } from './ElderToggle';
import { LanguageSwitcher } from './LanguageSwitcher';

interface Props {
  locale: Locale;
  /** Pages of this locale the other one lacks: the switch leads to the other home there. */
  missingInOther: string[];
  elderLabel: string;
}

/** In elder mode the navigation keeps only the essentials. */
const ELDER_HIDES = new Set(['rules', 'quiz', 'law']);

const LINKS = [
  ['cases', paths.cases()],
  ['tools', paths.tools()],
  ['rules', paths.rules()],
  ['check', paths.check()],
  ['checklist', paths.checklist()],
  ['quiz', paths.quiz()],
  ['law', paths.law()],
  ['search', paths.search()],
] as const;

export function SiteHeader({ locale, missingInOther, elderLabel }: Props) {
  const t = useTranslations();
  return (
    <header className="border-b border-line bg-paper">
      <div className="mx-auto flex max-w-3xl flex-wrap items-center justify-between gap-3 px-4 py-3">
        <Link
          href={paths.home()}
          className="flex min-h-11 items-center gap-2 text-2xl font-bold whitespace-nowrap text-brand no-underline"
        >
          <span aria-hidden="true" className="grid size-9 place-items-center rounded-lg bg-brand text-lg text-white">
            识
          </span>
          {t('site.name')}
        </Link>
        <span className="flex items-center gap-2">
          <Link
            href={paths.help()}
            className="inline-flex min-h-11 items-center rounded-full bg-brand px-3 text-base font-bold whitespace-nowrap text-white no-underline hover:bg-brand-dark"
            data-help-link
            aria-label={t('nav.help')}
          >
            {t('nav.helpShort')}
          </Link>
          <LanguageSwitcher
            locale={locale}
            label={t('language.switchTo')}
            ariaLabel={t('language.switchToLabel')}
            missing={missingInOther}
          />
        </span>
      </div>
      <nav aria-label={t('nav.label')} className="mx-auto max-w-3xl px-2 pb-2">
        <ul className="flex flex-wrap gap-x-1 gap-y-1">
          <li>
            <ElderToggle label={elderLabel} />
          </li>
          {LINKS.map(([key, href]) => (
            <li key={key} data-elder-hide={ELDER_HIDES.has(key) ? '' : undefined}>
              <Link
                href={href}
                className="inline-flex min-h-11 items-center rounded-lg px-2.5 font-medium text-ink no-underline hover:bg-wash"
              >
                {t(`nav.${key}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
    </header>
  );
}
