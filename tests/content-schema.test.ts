import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/problems';
import { allArticles, loadLocaleContent } from '@/lib/content/load';
import { CONTENT, contentCopy } from './helpers';

function problemsOf(root: string): string[] {
  try {
    loadLocaleContent('zh-CN', root);
  } catch (error) {
    if (error instanceof ContentError) return error.problems;
    throw error;
  }
  return [];
}

describe('the real content', () => {
  it('loads: 10 cases, 7 tools, 7 chapters with 50 articles, all five sources', () => {
    const content = loadLocaleContent('zh-CN', CONTENT);
    expect(content.cases).toHaveLength(10);
    expect(content.tools).toHaveLength(7);
    expect(content.law.chapters).toHaveLength(7);
    expect(allArticles(content.law)).toHaveLength(50);
    expect(content.sources.map((s) => s.id).sort()).toEqual(
      ['fujian-2020', 'law-2022', 'nafc-handbook-2023', 'notice-2016', 'zhejiang-2017'].sort(),
    );
    expect(content.rules.find((g) => g.id === 'fanshi')!.items).toHaveLength(8);
    expect(content.rules.find((g) => g.id === 'sanbu')!.items).toHaveLength(4);
    expect(content.rules.find((g) => g.id === 'yilv')!.items).toHaveLength(6);
    expect(content.rules.find((g) => g.id === 'sms')!.items).toHaveLength(10);
  });
});

describe('the content schema rejects a broken file and names it', () => {
  it('an unknown frontmatter field', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-loan.mdx';
    c.write(file, c.read(file).replace('order: 3', 'order: 3\ncolour: red'));
    expect(problemsOf(c.root)).toEqual([expect.stringMatching(/content\/zh-CN\/cases\/fake-loan\.mdx: .*colour/)]);
  });

  it('a missing title', () => {
    const c = contentCopy();
    const file = 'zh-CN/tools/nafc-app.mdx';
    c.write(file, c.read(file).replace(/^title: .*\n/m, ''));
    expect(problemsOf(c.root)).toEqual([expect.stringMatching(/tools\/nafc-app\.mdx: title: /)]);
  });

  it('an unknown source id', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/romance.mdx';
    c.write(file, c.read(file).replace('source: nafc-handbook-2023', 'source: nafc-handbook-2024'));
    expect(problemsOf(c.root)).toEqual(['content/zh-CN/cases/romance.mdx: unknown source id "nafc-handbook-2024"']);
  });

  it('a rule id that does not exist', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-boss.mdx';
    c.write(file, c.read(file).replace(/^rules: \[/m, 'rules: [fanshi-9, '));
    expect(problemsOf(c.root)).toEqual(['content/zh-CN/cases/fake-boss.mdx: unknown rule id "fanshi-9"']);
  });

  it('a law article that does not exist', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-police.mdx';
    c.write(file, c.read(file).replace(/^lawArticles: \[/m, 'lawArticles: [51, '));
    expect(problemsOf(c.root)).toEqual(['content/zh-CN/cases/fake-police.mdx: unknown law article 51']);
  });

  it('a quoted paragraph the article does not have', () => {
    const c = contentCopy();
    c.editJson('zh-CN/law-guide.json', (d) => {
      d.life[0].quotes[0] = { article: 16, paragraphs: [9] };
    });
    expect(problemsOf(c.root)).toEqual(['content/zh-CN/law-guide.json: article 16 has no paragraph 9']);
  });

  it('a duplicate rule id', () => {
    const c = contentCopy();
    c.editJson('zh-CN/rules.json', (d) => {
      d.groups[0].items[1].id = d.groups[0].items[0].id;
    });
    expect(problemsOf(c.root)).toContainEqual('content/zh-CN/rules.json: duplicate rule id "fanshi-1"');
  });

  it('a component lessons may not use', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/game-trading.mdx';
    c.write(file, `${c.read(file)}\n<Script>alert(1)</Script>\n`);
    expect(problemsOf(c.root)).toEqual([expect.stringContaining('game-trading.mdx: unknown component <Script>')]);
  });

  it('a case lesson without its 典型案例', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-shopping.mdx';
    c.write(file, c.read(file).replace(/<CaseStudy>[\s\S]*?<\/CaseStudy>/, ''));
    expect(problemsOf(c.root)).toEqual(['content/zh-CN/cases/fake-shopping.mdx: missing <CaseStudy>']);
  });

  it("a case lesson's sections out of the page's order", () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-shopping.mdx';
    const remember = c.read(file).match(/<Remember>[\s\S]*?<\/Remember>/)![0];
    c.write(file, c.read(file).replace(remember, '').replace('<CaseStudy>', `${remember}\n\n<CaseStudy>`));
    expect(problemsOf(c.root)).toEqual([
      "content/zh-CN/cases/fake-shopping.mdx: sections out of order: Steps, Remember, CaseStudy, PoliceTip (the lesson's order is Steps, CaseStudy, PoliceTip, Remember)",
    ]);
  });

  it('invalid JSON', () => {
    const c = contentCopy();
    c.write('zh-CN/advice.json', '{ "items": [ ');
    expect(problemsOf(c.root)).toEqual([expect.stringMatching(/^content\/zh-CN\/advice\.json: not valid JSON/)]);
  });

  it('a law article out of order', () => {
    const c = contentCopy();
    c.editJson('zh-CN/law.json', (d) => {
      d.chapters[0].articles[1].number = 3;
    });
    expect(problemsOf(c.root)).toContainEqual('content/zh-CN/law.json: article 3 is out of order (expected 2)');
  });

  it('reports every problem at once', () => {
    const c = contentCopy();
    c.write('zh-CN/cases/fake-loan.mdx', c.read('zh-CN/cases/fake-loan.mdx').replace('source: nafc-handbook-2023', 'source: x'));
    c.write('zh-CN/cases/romance.mdx', c.read('zh-CN/cases/romance.mdx').replace('source: nafc-handbook-2023', 'source: y'));
    expect(problemsOf(c.root)).toHaveLength(2);
  });
});
