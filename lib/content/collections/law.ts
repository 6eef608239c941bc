import 'server-only';
import type { z } from 'zod';
import { Lookup, type LoadContext } from '../context';
import type { ArticleRef, LawArticle, LawGuide, LawQuoteRef, SourceInfo } from '../model';
import { lawGuideSchema, lawSchema } from '../schemas';
import type { SourceLookup } from './sources';

type RawLaw = z.infer<typeof lawSchema>;

export const allArticles = (law: Pick<RawLaw, 'chapters'>): LawArticle[] => law.chapters.flatMap((c) => c.articles);

/** {locale}/law.json: chapters and articles numbered in order, with the law's source. */
export function loadLaw(ctx: LoadContext, sources: SourceLookup) {
  const file = ctx.name('law.json');
  const raw = ctx.read('law.json', lawSchema);
  if (!raw) return { law: undefined, articles: new Lookup<LawArticle>(ctx, 'law article', undefined) };
  raw.chapters.forEach((chapter, i) => {
    if (chapter.number !== i + 1) ctx.problems.add(file, `chapter ${chapter.number} is out of order`);
  });
  allArticles(raw).forEach((article, i) => {
    if (article.number !== i + 1) ctx.problems.add(file, `article ${article.number} is out of order (expected ${i + 1})`);
  });
  const source = sources.get(file, raw.source);
  const articles = new Lookup(ctx, 'law article', allArticles(raw).map((a) => [a.number, a]));
  return { law: source && { ...raw, source }, articles };
}

/** {locale}/law-guide.json: each quotation must name an article, and paragraphs that article has. */
export function loadLawGuide(ctx: LoadContext, sources: SourceInfo[], articles: Lookup<LawArticle>): LawGuide | undefined {
  const file = ctx.name('law-guide.json');
  const raw = ctx.read('law-guide.json', lawGuideSchema);
  if (!raw) return undefined;
  ctx.unique(raw.life, (l) => l.id, file, 'id');
  const quotes = (refs: ArticleRef[]) =>
    refs.flatMap((ref): LawQuoteRef[] => {
      const article = articles.get(file, ref.article, `unknown law article ${ref.article}`);
      if (!article) return [];
      for (const p of ref.paragraphs ?? []) {
        if (p > article.paragraphs.length) ctx.problems.add(file, `article ${ref.article} has no paragraph ${p}`);
      }
      return [{ article, ...(ref.paragraphs && { paragraphs: ref.paragraphs }) }];
    });
  const source = sources.find((s) => s.kind === 'handbook');
  if (!source) {
    if (sources.length) ctx.problems.add(file, 'the guide follows the handbook, and no source is a handbook');
    return undefined;
  }
  return {
    intro: raw.intro,
    life: raw.life.map((l) => ({ ...l, quotes: quotes(l.quotes) })),
    numbers: raw.numbers.map((n) => ({ ...n, groups: n.groups.map((g) => ({ ...g, quotes: quotes(g.quotes) })) })),
    source,
  };
}
