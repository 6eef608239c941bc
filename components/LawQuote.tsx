import { Link } from '@/i18n/navigation';
import type { Locale } from '@/i18n/routing';
import type { LawQuoteRef } from '@/lib/content';
import { articlePartLabel } from '@/lib/format';
import { paths } from '@/lib/routes';
import { LawArticleText } from './LawArticleText';

/** A quoted article (or some of its paragraphs, named as such) with a link to the article itself. */
export function LawQuote({ quote, locale }: { quote: LawQuoteRef; locale: Locale }) {
  const { article } = quote;
  return (
    <blockquote className="rounded-lg border-l-4 border-line bg-wash px-4 py-3">
      <p className="mb-1 font-bold">
        <Link href={paths.lawArticle(article.number)}>
          {articlePartLabel(article.number, quote.paragraphs ?? [], article.paragraphs.length, locale)}
        </Link>
      </p>
      <LawArticleText article={article} only={quote.paragraphs} />
    </blockquote>
  );
}
