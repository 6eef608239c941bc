import { describe, expect, it } from 'vitest';
import { allArticles, loadLocaleContent } from '@/lib/content/load';
import { chineseNumeral } from '@/lib/format';
import { CONTENT, sourceText, squash } from './helpers';

// The law is quoted exactly: every article's words must stand in the source text, in order.
describe('the law matches its source text', () => {
  const content = loadLocaleContent('zh-CN', CONTENT);
  const law = content.law;
  // The slips the sources page lists as repaired (a stray word in the Q&A).
  const repairs = content.sources.find((s) => s.id === 'law-2022')?.repairs ?? [];
  const source = () =>
    repairs.reduce(
      (text, r) => text.replace(squash(r.original), squash(r.repaired)),
      squash(
        sourceText('law-2022')
          .replaceAll('條', '条')
          .replace(/^- /gm, '')
          .replace(/\((\p{Script=Han}+)\)/gu, '（$1）'),
      ),
    );

  it.each(allArticles(law).map((a) => [a.number, a] as const))('article %i', (n, article) => {
    const text = squash(`第${chineseNumeral(n)}条` + article.paragraphs.map((p) => p.text + (p.items ?? []).join('')).join(''));
    expect(source()).toContain(text);
  });

  it('has the Q&A answers word for word', () => {
    for (const item of law.qa) expect(source()).toContain(squash(item.answer.join('')));
  });
});
