import { useTranslations } from 'next-intl';
import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import { localePath, paths } from '@/lib/routes';
import { ElderToggle } from './ElderToggle';
import { HeaderMenu } from './HeaderMenu';
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
  ['scamCheck', paths.scamCheck()],
  ['checklist', paths.checklist()],
  ['quiz', paths.quiz()],
  ['law', paths.law()],
  ['search', paths.search()],
] as const;

const LINK_CLASS = 'inline-flex min-h-11 w-full items-center rounded-lg px-2.5 font-medium text-ink no-underline hover:bg-wash';

/**
 * One compact row on phones — the name, 被骗了？ and a menu holding the navigation, the language and
 * 关怀模式 — so a shared lesson's title and key message are on the first screen. From 768px the full bar:
 * the same links in a row of their own. Only one of the two is displayed at a time (the other is
 * display:none, so screen readers meet one navigation).
 */
export function SiteHeader({ locale, missingInOther, elderLabel }: Props) {
  const t = useTranslations();
  const links = (className: string) => (
    <ul className={className}>
      {LINKS.map(([key, href]) => (
        <li key={key} data-elder-hide={ELDER_HIDES.has(key) ? '' : undefined}>
          {key === 'search' ? (
            // A whole page load, not a client-side one: only the search page's own policy lets it compile
            // its WebAssembly index, and a client-side visit would keep the previous page's policy.
            <a href={localePath(locale, href)} className={LINK_CLASS}>
              {t(`nav.${key}`)}
            </a>
          ) : (
            <Link href={href} className={LINK_CLASS}>
              {t(`nav.${key}`)}
            </Link>
          )}
        </li>
      ))}
    </ul>
  );
  const language = (
    <LanguageSwitcher
      locale={locale}
      label={t('language.switchTo')}
      ariaLabel={t('language.switchToLabel')}
      missing={missingInOther}
    />
  );
  return (
    <header className="site-header relative border-b border-line bg-paper" data-site-header>
      <div className="mx-auto flex max-w-3xl items-center justify-between px-4 py-1.5 md:py-3">
        <Link
          href={paths.home()}
          className="site-name flex min-h-11 items-center text-2xl font-bold whitespace-nowrap text-brand no-underline"
        >
          <span aria-hidden="true" className="mr-2 grid size-9 place-items-center rounded-lg bg-brand text-lg text-white">
            识
          </span>
          <span className="site-name-text">{t('site.name')}</span>
        </Link>
        <span className="flex items-center">
          <Link
            href={paths.help()}
            className="inline-flex min-h-11 items-center rounded-full bg-brand px-3 text-base font-bold whitespace-nowrap text-white no-underline hover:bg-brand-dark"
            data-help-link
            aria-label={t('nav.help')}
          >
            {t('nav.helpShort')}
          </Link>
          <span className="ml-2 hidden md:inline-flex">{language}</span>
          <span className="ml-2 hidden md:inline-flex">
            <ElderToggle label={elderLabel} />
          </span>
          <HeaderMenu label={t('nav.menu')} closeLabel={t('nav.menuClose')}>
            <nav aria-label={t('nav.label')}>{links('header-menu-links grid grid-cols-2 gap-1')}</nav>
            <div className="mt-3 flex flex-wrap items-center gap-3 border-t border-line pt-3">
              <ElderToggle label={elderLabel} />
              {language}
            </div>
          </HeaderMenu>
        </span>
      </div>
      <nav aria-label={t('nav.label')} className="mx-auto hidden max-w-3xl px-2 pb-2 md:block">
        {links('flex flex-wrap gap-1')}
      </nav>
    </header>
  );
}
