import { useTranslations } from 'next-intl';
import type { Locale } from '@/i18n/routing';
import type { LocaleContent } from '@/lib/content';
import { SourceLine } from './SourceLine';

/** Where the handbook says the official anti-fraud accounts are, with our warning about copies. */
export function OfficialAccounts({ content, locale }: { content: LocaleContent; locale: Locale }) {
  const t = useTranslations('help');
  const accounts = content.officialAccounts;
  return (
    <section id="official-accounts" aria-labelledby="official-accounts-title" className="mt-12 scroll-mt-4">
      <h2 id="official-accounts-title" className="text-2xl">
        {accounts.title}
      </h2>
      <p className="mt-2">{accounts.intro}</p>
      <dl className="mt-3 space-y-3">
        {accounts.groups.map((g) => (
          <div key={g.id} className="rounded-xl bg-wash p-3">
            <dt className="font-bold">{g.owner}</dt>
            <dd>{g.channels.join(content.locale === 'zh-CN' ? '、' : ', ')}</dd>
          </div>
        ))}
      </dl>
      <SourceLine source={accounts.source} locale={locale} className="mt-2" />
      <p className="mt-3 rounded-lg border-l-4 border-brand bg-brand-wash px-3 py-2" role="note" data-ours>
        <strong className="mr-1 text-brand-dark">{t('ours')}</strong>
        {accounts.warning}
      </p>
    </section>
  );
}
