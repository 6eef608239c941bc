import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import { routing } from '@/i18n/routing';
import { clueMarks } from '@/lib/scenario';
import { CONTENT, contentCopy, problemsOf } from './helpers';

describe('scenario clues', () => {
  const scenario = {
    channel: 'sms' as const,
    from: '955××',
    time: '08:00',
    messages: [
      { side: 'them' as const, text: '请点链接，输入验证码。验证码不要告诉别人。' },
      { side: 'them' as const, parts: [{ link: 'http://x.example' }] },
    ],
  };

  it('marks each span where it first occurs, in reading order, without overlapping an earlier mark', () => {
    const marks = clueMarks(scenario, ['验证码', '验证码', 'http://x.example', '955']);
    expect(marks.get('m0')).toEqual([
      { start: 7, end: 10, n: 1 },
      { start: 11, end: 14, n: 2 },
    ]);
    expect(marks.get('m1.0')).toEqual([{ start: 0, end: 16, n: 3 }]);
    expect(marks.get('from')).toEqual([{ start: 0, end: 3, n: 4 }]);
  });

  it('rejects a clue whose span is not in the message, naming the file and the span', () => {
    const c = contentCopy();
    c.editJson('zh-CN/quiz/cases/fake-boss.json', (d) => {
      const item = d.items.find((i: { id: string }) => i.id === 'fake-boss-4');
      item.scenario.clues[0].span = '安全账户';
    });
    expect(problemsOf(c.root)).toEqual([
      expect.stringMatching(/quiz\/cases\/fake-boss\.json: .*clues\.0\.span: "安全账户" is not in the message/),
    ]);
  });

  it('rejects a clue that points at a lesson section that does not exist', () => {
    const c = contentCopy();
    c.editJson('zh-CN/quiz/rules.json', (d) => {
      d.items.find((i: { id: string }) => i.id === 'rules-1').scenario.clues[0].ref = { tool: 'nafc-app', section: 'nowhere' };
    });
    expect(problemsOf(c.root)).toEqual([expect.stringMatching(/rules\.json: rules-1: tool "nafc-app" has no section "nowhere"/)]);
  });

  it('has no sender line that names a verdict ("自称", "一直在用的")', () => {
    const zh = loadLocaleContent('zh-CN', CONTENT);
    const lines = zh.quiz.flatMap((i) => (i.scenario ? [i.scenario.from, i.scenario.note ?? ''] : []));
    expect(lines.filter((l) => /自称|一直在用/.test(l))).toEqual([]);
  });
});

describe('walkthroughs', () => {
  it('every case has one in each locale, of three steps, each with a safe and a risky choice, ending on the lesson’s 切记', () => {
    for (const locale of routing.locales) {
      const content = loadLocaleContent(locale, CONTENT);
      expect(content.walkthroughs.map((d) => d.slug).sort()).toEqual(content.cases.map((c) => c.slug).sort());
      for (const d of content.walkthroughs) {
        expect(d.steps.length, d.slug).toBeGreaterThanOrEqual(3);
        expect(d.remember, d.slug).not.toBe('');
      }
    }
  });

  it('rejects a step whose choices are all safe', () => {
    const c = contentCopy();
    c.editJson('zh-CN/walkthroughs/romance.json', (d) => {
      for (const choice of d.steps[0].choices) {
        choice.safe = true;
        choice.next = choice.next ?? choice.flag;
        delete choice.flag;
      }
    });
    expect(problemsOf(c.root)).toEqual([
      expect.stringMatching(/walkthroughs\/romance\.json: steps\.0: a step needs a safe and a risky choice/),
    ]);
  });

  it('rejects a walkthrough file that is not JSON', () => {
    const c = contentCopy();
    c.write('zh-CN/walkthroughs/romance.json', '');
    expect(problemsOf(c.root)).toEqual([expect.stringMatching(/walkthroughs\/romance\.json: not valid JSON/)]);
  });
});
