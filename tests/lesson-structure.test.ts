import { describe, expect, it } from 'vitest';
import { loadLocaleContent } from '@/lib/content/load';
import recorded from './fixtures/lesson-structure.json';
import { CONTENT } from './helpers';

// tests/fixtures/lesson-structure.json was written by the regular-expression reader this tree reader
// replaced: every lesson must still have the same steps, sections and 切记 line.
const read: Record<string, unknown> = {};
for (const locale of ['zh-CN', 'en'] as const) {
  const content = loadLocaleContent(locale, CONTENT);
  for (const c of content.cases) {
    read[`${locale}/cases/${c.slug}`] = {
      steps: c.steps.map((s) => s.title),
      stepCount: c.steps.length,
      remember: c.remember,
    };
  }
  for (const t of content.tools) {
    read[`${locale}/tools/${t.slug}`] = {
      sections: t.sections,
      stepCount: t.doc.elements.filter((e) => e.name === 'Step').length,
      policeTip: t.anchors.includes('police-tip'),
    };
  }
}

describe('the MDX tree reader finds what the old reader found', () => {
  it('in every lesson of both locales', () => {
    expect(Object.keys(read).sort()).toEqual(Object.keys(recorded).sort());
    expect(Object.keys(read)).toHaveLength(34);
  });

  it.each(Object.keys(recorded))('%s', (key) => {
    expect(read[key]).toEqual((recorded as Record<string, unknown>)[key]);
  });

  it('pairs each case step with its line for the poster', () => {
    const content = loadLocaleContent('zh-CN', CONTENT);
    for (const c of content.cases) expect(c.steps.map((s) => s.line)).toEqual(c.frontmatter.stepLines);
  });
});
