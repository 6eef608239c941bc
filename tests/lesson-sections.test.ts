import { readFileSync } from 'node:fs';
import path from 'node:path';
import { NextIntlClientProvider } from 'next-intl';
import { createElement, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { CASE_SECTIONS } from '@/lib/lesson-sections';
import { caseComponents } from '@/mdx-components';
import messages from '@/messages/zh-CN.json';

// lib/lesson-sections.ts declares a case lesson's sections; each must be drawn, by its MDX component or by
// the case page, with the declared id and title, and nothing else on the lesson may claim a section's place.
const CASE_PAGE = path.resolve(import.meta.dirname, '../app/[locale]/cases/[slug]/page.tsx');

function render(component: ComponentType<{ children?: ReactNode }>) {
  return renderToStaticMarkup(
    createElement(
      NextIntlClientProvider,
      { locale: 'zh-CN', messages, timeZone: 'Asia/Shanghai' } as ComponentProps<typeof NextIntlClientProvider>,
      createElement(component, null, 'text'),
    ),
  );
}

describe('the case lesson sections', () => {
  const drawnByMdx = CASE_SECTIONS.flatMap((s) => (s.drawnBy === 'page' ? [] : [[s.drawnBy, s.id, s] as const]));
  it.each(drawnByMdx)('<%s> draws the section "%s" with its title', (_, __, section) => {
    const component = caseComponents[section.drawnBy] as ComponentType<{ children?: ReactNode }> | undefined;
    expect(component, `mdx-components.tsx has no <${section.drawnBy}> for case lessons`).toBeDefined();
    const html = render(component!);
    expect([...html.matchAll(/<section id="([^"]+)"/g)].map((m) => m[1])).toEqual([section.id]);
    expect(html).toContain(`>${messages.lesson[section.title]}</h2>`);
  });

  it('the case page draws the rest, each by its declared id, and no section of its own', () => {
    const page = readFileSync(CASE_PAGE, 'utf8');
    const drawn = [...page.matchAll(/<CaseSection id="([^"]+)"/g)].map((m) => m[1]);
    const declared = CASE_SECTIONS.filter((s) => s.drawnBy === 'page').map((s) => s.id);
    expect(drawn.sort()).toEqual([...declared].sort());
    expect(page).not.toMatch(/<LessonSection\b/);
  });
});
