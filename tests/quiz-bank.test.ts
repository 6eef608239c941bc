import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { toPlayable } from '@/lib/quiz/playable';
import { isJudgement } from '@/lib/quiz/score';
import { CONTENT, contentCopy, problemsOf } from './helpers';

const zh = loadLocaleContent('zh-CN', CONTENT);

describe('the zh-CN question bank', () => {
  const sizes = new Map<string, number>();
  for (const item of zh.quiz) sizes.set(item.topic, (sizes.get(item.topic) ?? 0) + 1);

  it('prints its size per topic', () => {
    const rows = [...sizes].map(([topic, n]) => `${topic.padEnd(28)} ${String(n).padStart(3)}`);
    console.log(`Question bank (zh-CN): ${zh.quiz.length} items\n${rows.join('\n')}`);
    expect(rows).toHaveLength(19);
  });

  it('has at least 8 items per case type, 3 per tool, 15 on the law and rules, 120 in all', () => {
    for (const c of zh.cases) expect(sizes.get(`case:${c.slug}`), c.slug).toBeGreaterThanOrEqual(8);
    for (const t of zh.tools) expect(sizes.get(`tool:${t.slug}`), t.slug).toBeGreaterThanOrEqual(3);
    expect((sizes.get('law') ?? 0) + (sizes.get('rules') ?? 0)).toBeGreaterThanOrEqual(15);
    expect(zh.quiz.length).toBeGreaterThanOrEqual(120);
  });

  it('has every item type, and genuine messages so that "scam" is not always right', () => {
    const types = new Set(zh.quiz.map((i) => i.type));
    expect([...types].sort()).toEqual(['multiple', 'scenario', 'single', 'truefalse']);
    const genuine = zh.quiz.filter((i) => i.genuine);
    expect(genuine.length).toBeGreaterThanOrEqual(10);
    for (const channel of ['sms', 'wechat', 'call']) {
      expect(
        zh.quiz.some((i) => i.scenario?.channel === channel),
        channel,
      ).toBe(true);
    }
  });

  it('gives each lesson a check of 3–5 items', () => {
    for (const key of [...zh.cases.map((c) => `case:${c.slug}`), ...zh.tools.map((t) => `tool:${t.slug}`)]) {
      const n = zh.quiz.filter((i) => i.topic === key && i.lessonQuiz).length;
      expect(n, key).toBeGreaterThanOrEqual(3);
      expect(n, key).toBeLessThanOrEqual(5);
    }
  });
});

describe.each(['zh-CN', 'en'] as const)('the %s judgement items', (locale) => {
  const content = loadLocaleContent(locale, CONTENT);
  const judged = content.quiz.filter(isJudgement);

  it('all ask one question with one option set, in one order, so the options carry nothing', () => {
    const shapes = new Set(judged.map((i) => JSON.stringify([i.prompt, i.options])));
    expect(shapes.size, [...shapes].join('\n')).toBe(1);
    expect(judged.map((i) => i.type)).toEqual(judged.map(() => 'scenario'));
  });

  it('number at least 50, 40–60 % genuine, on every channel, lesson and tool', () => {
    const genuine = judged.filter((i) => i.answer[0] === 'genuine');
    console.log(
      `Judgement items (${locale}): ${judged.length}, genuine ${genuine.length} (${Math.round((100 * genuine.length) / judged.length)} %)`,
    );
    expect(judged.length).toBeGreaterThanOrEqual(50);
    expect(genuine.length / judged.length).toBeGreaterThanOrEqual(0.4);
    expect(genuine.length / judged.length).toBeLessThanOrEqual(0.6);
    expect(new Set(judged.map((i) => i.scenario!.channel))).toEqual(new Set(['sms', 'wechat', 'call']));
    const topics = new Set(judged.map((i) => i.topic));
    for (const c of content.cases) expect(topics.has(`case:${c.slug}`), c.slug).toBe(true);
    for (const t of content.tools) expect(topics.has(`tool:${t.slug}`), t.slug).toBe(true);
  });

  it('name no narrator in the caller line, and show a landline as a phone does', () => {
    for (const { id, scenario } of judged.concat(content.quiz.filter((i) => i.scenario && !isJudgement(i)))) {
      const line = `${scenario!.from} ${scenario!.note ?? ''}`;
      expect(line, id).not.toMatch(/号码显示|Shows as/);
      expect(scenario!.from, id).not.toMatch(/\+86 0/);
    }
  });
});

describe('bank validation', () => {
  it('rejects a judgement item whose options differ from the one set, or whose answer contradicts "genuine"', () => {
    const c = contentCopy();
    c.editJson('zh-CN/quiz/tools/nafc-app.json', (d) => {
      const judged = d.items.filter((i: { answer: string[] }) => i.answer[0] === 'scam' || i.answer[0] === 'genuine');
      judged[0].options.reverse();
      judged[1].answer = [judged[1].genuine ? 'scam' : 'genuine'];
    });
    const [problem, ...rest] = problemsOf(c.root);
    expect(rest).toEqual([]);
    expect(problem).toMatch(
      /nafc-app\.json: items\.\d+\.options: a judgement item is a scenario with the options "scam" and "genuine", in that order/,
    );
    expect(problem).toMatch(/items\.\d+\.answer: a judgement item's answer is "(scam|genuine)", as its "genuine" says/);
  });

  it('rejects an answer that is not among the options', () => {
    const c = contentCopy();
    c.editJson('zh-CN/quiz/cases/fake-loan.json', (d) => {
      d.items[0].answer = ['z'];
    });
    expect(problemsOf(c.root)).toEqual([
      expect.stringMatching(/quiz\/cases\/fake-loan\.json: items\.0\.answer: "z" is not one of the options/),
    ]);
  });

  it('rejects a reference to a lesson section that does not exist', () => {
    const c = contentCopy();
    c.editJson('zh-CN/quiz/tools/nafc-app.json', (d) => {
      d.items[0].ref = { tool: 'nafc-app', section: 'nowhere' };
    });
    expect(problemsOf(c.root)).toEqual([
      expect.stringMatching(/quiz\/tools\/nafc-app\.json: nafc-app-1: tool "nafc-app" has no section "nowhere"/),
    ]);
  });

  it('rejects a duplicate id', () => {
    const c = contentCopy();
    c.editJson('zh-CN/quiz/law.json', (d) => {
      d.items[1].id = d.items[0].id;
    });
    expect(problemsOf(c.root)).toContainEqual('content/zh-CN/quiz: duplicate quiz id "law-1"');
  });

  it('rejects a lesson without a quiz file', () => {
    const c = contentCopy();
    c.write('zh-CN/quiz/cases/romance.json', '');
    expect(problemsOf(c.root)[0]).toMatch(/quiz\/cases\/romance\.json: not valid JSON/);
  });
});

describe('a quiz explanation that quotes the law says the English is an unofficial translation', () => {
  const en = loadLocaleContent('en', CONTENT);
  const zh = loadLocaleContent('zh-CN', CONTENT);
  const noted = (content: typeof en, locale: 'en' | 'zh-CN') =>
    content.quiz.filter((i) => toPlayable(i, locale).lawTranslated).map((i) => i.id);

  it('marks every English item that cites an article, and only those', () => {
    const ids = noted(en, 'en');
    // The law questions, and the lessons' items that quote Articles 20, 30 and 31.
    expect(ids).toEqual(expect.arrayContaining(['law-1', 'law-2', 'law-21', 'brushing-rebate-8', 'fake-shopping-9', 'rules-8']));
    for (const item of en.quiz) expect(ids.includes(item.id), item.id).toBe(/\bArticles? \d+/.test(item.explanation));
  });

  it('marks no Chinese item: the Chinese is the law itself', () => {
    expect(zh.quiz.filter((i) => /第[一二三四五六七八九十]+条/.test(i.explanation)).length).toBeGreaterThan(5);
    expect(noted(zh, 'zh-CN')).toEqual([]);
  });
});
