import type { Metadata } from 'next';
import { SharePanel } from '@/components/share/SharePanel';
import { getTranslations } from 'next-intl/server';
import { WalkthroughList } from '@/components/walkthrough/WalkthroughLinks';
import { CardSection } from '@/components/CardSection';
import { ElderOffer } from '@/components/ElderToggle';
import { EditionNotice } from '@/components/EditionNotice';
import { LinkCard, NumberBadge } from '@/components/LinkCard';
import { PageTitle } from '@/components/PageTitle';
import { ProgressSummary } from '@/components/ProgressSummary';
import { SourceLine } from '@/components/SourceLine';
import { TitledSection } from '@/components/TitledSection';
import { clientMessages } from '@/i18n/client-messages';
import { Link } from '@/i18n/navigation';
import { getContent } from '@/lib/content';
import { pageMetadata } from '@/lib/metadata';
import { pageLocale, type LocaleParams } from '@/i18n/request';
import { paths } from '@/lib/routes';
import { topicKey } from '@/lib/ids';

export async function generateMetadata({ params }: { params: LocaleParams }): Promise<Metadata> {
  return pageMetadata(await pageLocale(params), paths.home(), {});
}

export default async function HomePage({ params }: { params: LocaleParams }) {
  const locale = await pageLocale(params);
  const t = await getTranslations('home');
  const te = await getTranslations('elder');
  const content = getContent(locale);
  const { fanshi } = content.ruleGroups;

  return (
    <>
      <PageTitle title={t('title')} lead={t('intro')} />

      {/* At the moment of doubt the reader needs these first: small enough to leave the first 凡是 on the first screen. */}
      <nav aria-labelledby="doubt-title" className="mb-6" data-doubt>
        <h2 id="doubt-title" className="sr-only">
          {t('doubtTitle')}
        </h2>
        <ul className="grid grid-cols-2 gap-2">
          {(
            [
              ['doubtScamCheck', paths.scamCheck(), true],
              ['doubtChecklist', paths.checklist(), true],
              ['doubtHelp', paths.help(), false],
              ['doubtQuiz', paths.quiz(), false],
            ] as const
          ).map(([key, href, main]) => (
            <li key={key}>
              <Link
                href={href}
                data-entry={key}
                className={`flex items-center justify-center rounded-xl border-2 px-2 py-1 text-center font-bold no-underline ${main ? 'min-h-12 border-brand bg-brand text-white hover:bg-brand-dark' : 'min-h-11 border-line text-base text-ink'}`}
              >
                {t(key)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>

      <section aria-labelledby="fanshi-title" className="rounded-2xl border-2 border-brand bg-brand-wash p-4 md:p-6">
        <h2 id="fanshi-title" className="text-2xl text-brand-dark">
          {fanshi.title}
        </h2>
        {fanshi.intro && <p className="mt-1 text-muted">{fanshi.intro}</p>}
        <ol className="mt-4 space-y-3">
          {fanshi.items.map((item, i) => {
            const lesson = item.cases[0];
            return (
              <li key={item.id} id={item.id} className="flex gap-3">
                <NumberBadge n={i + 1} />
                <span className="pt-1">
                  {lesson ? (
                    <Link href={paths.case(lesson.slug)} className="text-ink decoration-brand/50">
                      {item.text}
                    </Link>
                  ) : (
                    item.text
                  )}
                </span>
              </li>
            );
          })}
        </ol>
        <SourceLine source={fanshi.source} locale={locale} className="mt-4" />
      </section>

      <ProgressSummary
        caseKeys={content.cases.map((c) => topicKey('case', c.slug))}
        toolKeys={content.tools.map((tool) => topicKey('tool', tool.slug))}
        messages={await clientMessages('progress')}
      />

      <ElderOffer title={te('offerTitle')} text={te('offerText')} turnOn={te('offerOn')} turnOff={te('offerOff')} />

      <CardSection id="cases" title={t('casesTitle')} intro={t('casesIntro')}>
        {content.cases.map((c) => (
          <li key={c.slug}>
            <LinkCard href={paths.case(c.slug)} title={c.frontmatter.title} badge={<NumberBadge n={c.frontmatter.order} />}>
              {c.frontmatter.summary}
            </LinkCard>
          </li>
        ))}
      </CardSection>

      <WalkthroughList locale={locale} />

      <CardSection id="tools" title={t('toolsTitle')} intro={t('toolsIntro')}>
        {content.tools.map((tool) => (
          <li key={tool.slug}>
            <LinkCard href={paths.tool(tool.slug)} title={tool.frontmatter.title}>
              {tool.frontmatter.summary}
            </LinkCard>
          </li>
        ))}
      </CardSection>

      <TitledSection id="more" title={t('moreTitle')} className="mt-10">
        <ul className="mt-4 grid gap-3 sm:grid-cols-2">
          {(
            [
              ['lawCard', paths.law()],
              ['rulesCard', paths.rules()],
              ['scamCheckCard', paths.scamCheck()],
              ['helpCard', paths.help()],
              ['checklistCard', paths.checklist()],
              ['quizCard', paths.quiz()],
              ['sourcesCard', paths.sources()],
            ] as const
          ).map(([key, href]) => (
            <li key={key}>
              <LinkCard href={href} title={t(key)} />
            </li>
          ))}
        </ul>
      </TitledSection>
      <EditionNotice className="mt-10" />
      <SharePanel locale={locale} path={paths.home()} title={t('title')} />
    </>
  );
}
