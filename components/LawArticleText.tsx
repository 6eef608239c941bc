import type { LawArticle } from '@/lib/content';

/** The words of an article, paragraph by paragraph; `only` picks paragraphs (1-based). */
export function LawArticleText({ article, only }: { article: LawArticle; only?: number[] }) {
  const paragraphs = article.paragraphs.map((p, i) => ({ ...p, n: i + 1 })).filter((p) => !only || only.includes(p.n));
  return (
    <div className="space-y-2">
      {paragraphs.map((p) => (
        <div key={p.n}>
          <p>{p.text}</p>
          {p.items && (
            <ul className="mt-1 space-y-1 pl-4">
              {p.items.map((item) => (
                <li key={item}>{item}</li>
              ))}
            </ul>
          )}
        </div>
      ))}
    </div>
  );
}
