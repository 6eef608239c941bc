import { describe, expect, it } from 'vitest';
import { ContentError } from '@/lib/content/problems';
import { loadLocaleContent } from '@/lib/content/load';
import { TWO_PART_SHARE } from '@/lib/scam-check/engine';
import { contentCopy, problemsOf } from './helpers';

// The loader resolves every reference once; a dangling one stops the build, naming the file and the id.
describe('a dangling reference fails the loader, naming the file and the id', () => {
  it('in the thrown error itself, not only in its list', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-police.mdx';
    c.write(file, c.read(file).replace(/^advice: \[/m, 'advice: [fujian-nowhere, '));
    const load = () => loadLocaleContent('zh-CN', c.root);
    expect(load).toThrow(new ContentError(['content/zh-CN/cases/fake-police.mdx: unknown advice id "fujian-nowhere"']));
  });

  it.each([
    [
      'an advice text naming an unknown rule',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/advice.json', (d) => {
          d.items[0].rules.push('fanshi-9');
        }),
      'content/zh-CN/advice.json: unknown rule id "fanshi-9"',
    ],
    [
      'a rule naming an unknown case',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/rules.json', (d) => {
          d.groups[0].items[0].cases = ['fake-lottery'];
        }),
      'content/zh-CN/rules.json: rule "fanshi-1" names unknown case "fake-lottery"',
    ],
    [
      'a legal note naming an unknown case',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/legal-notes.json', (d) => {
          d.items[0].cases = ['fake-lottery'];
        }),
      'content/zh-CN/legal-notes.json: unknown case "fake-lottery"',
    ],
    [
      'the help guide naming an unknown tool',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/help.json', (d) => {
          d.tools[0].tool = 'nafc-radio';
        }),
      'content/zh-CN/help.json: unknown tool "nafc-radio"',
    ],
    [
      'a scam-check sign naming an unknown rule',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/scam-check.json', (d) => {
          d.signals[0].rules = ['yilv-9'];
        }),
      'content/zh-CN/scam-check.json: signal "safe-account" names unknown rule "yilv-9"',
    ],
    [
      'a checklist point naming an unknown rule',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/checklist.json', (d) => {
          d.points[0].rule = 'sanbu-9';
        }),
      'content/zh-CN/checklist.json: unknown rule id "sanbu-9"',
    ],
    [
      'a quiz item sending the reader to an unknown case',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/quiz/cases/fake-loan.json', (d) => {
          d.items[0].ref = { case: 'fake-lottery', section: 'method' };
        }),
      'content/zh-CN/quiz/cases/fake-loan.json: fake-loan-1: ref names unknown case "fake-lottery"',
    ],
    [
      'a walkthrough step sending the reader to an unknown rule',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/walkthroughs/fake-police.json', (d) => {
          d.steps[2].ref = { rule: 'fanshi-9' };
        }),
      'content/zh-CN/walkthroughs/fake-police.json: step 3: ref names unknown rule "fanshi-9"',
    ],
    [
      'a walkthrough with an unknown source',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/walkthroughs/fake-police.json', (d) => {
          d.source = 'nafc-handbook-2024';
        }),
      'content/zh-CN/walkthroughs/fake-police.json: unknown source id "nafc-handbook-2024"',
    ],
    [
      'a missing group the pages show by name',
      (c: ReturnType<typeof contentCopy>) =>
        c.editJson('zh-CN/rules.json', (d) => {
          d.groups = d.groups.filter((g: { id: string }) => g.id !== 'sanbu');
        }),
      expect.stringContaining('content/zh-CN/rules.json: the site shows the group "sanbu" by name'),
    ],
  ])('%s', (_what, breakIt, problem) => {
    const c = contentCopy();
    breakIt(c);
    expect(problemsOf(c.root)).toContainEqual(problem);
  });
});

describe('lesson bodies are read from the MDX syntax tree', () => {
  it('a body that is not valid MDX names its file', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/romance.mdx';
    c.write(file, c.read(file).replace('<CaseStudy>', '<CaseStudy'));
    expect(problemsOf(c.root)).toEqual([expect.stringMatching(/^content\/zh-CN\/cases\/romance\.mdx: not valid MDX/)]);
  });

  it('frontmatter that is not valid YAML names its file', () => {
    const c = contentCopy();
    const file = 'zh-CN/tools/nafc-app.mdx';
    c.write(file, c.read(file).replace(/^order: /m, 'order: [1\nx: '));
    expect(problemsOf(c.root)).toEqual([
      expect.stringMatching(/^content\/zh-CN\/tools\/nafc-app\.mdx: frontmatter is not valid YAML/),
    ]);
  });

  it('an import, a markdown heading, a missing step line and a repeated section id', () => {
    const c = contentCopy();
    const lesson = 'zh-CN/cases/fake-police.mdx';
    c.write(lesson, c.read(lesson).replace('<Steps>', "import X from './x'\n\n## 步骤\n\n<Steps>"));
    const tool = 'zh-CN/tools/nafc-app.mdx';
    c.write(tool, c.read(tool).replace('<Section id="functions"', '<Section id="what"'));
    const problems = problemsOf(c.root);
    expect(problems).toContain('content/zh-CN/cases/fake-police.mdx: lesson bodies may not import or export');
    expect(problems).toContain('content/zh-CN/cases/fake-police.mdx: use the lesson components instead of markdown headings');
    expect(problems).toContain('content/zh-CN/tools/nafc-app.mdx: section id "what" is used twice');
  });

  it('a <Step> without its line on the poster', () => {
    const c = contentCopy();
    const file = 'zh-CN/cases/fake-police.mdx';
    c.write(file, c.read(file).replace('</Steps>', '<Step title="再次联系">又打来电话</Step>\n</Steps>'));
    expect(problemsOf(c.root)).toEqual(['content/zh-CN/cases/fake-police.mdx: stepLines has 3 lines for 4 <Step> elements']);
  });

  it('more two-part scam-check phrases sharing a start than the check can look ahead from cheaply', () => {
    const c = contentCopy();
    c.editJson('zh-CN/scam-check.json', (d) => {
      d.phrases.push({
        id: 'many',
        match: Array.from({ length: TWO_PART_SHARE + 1 }, (_, i) => `先交…学费${i}`),
        signal: 'fee-to-get',
      });
    });
    expect(problemsOf(c.root)).toEqual([
      `content/zh-CN/scam-check.json: more than ${TWO_PART_SHARE} two-part phrases start with "先交": the check would slow down`,
    ]);
  });
});
