import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { routing } from '@/i18n/routing';
import {
  absoluteUrl,
  articleAnchor,
  localePath,
  paths,
  posterUrl,
  shareImageUrl,
  SITE_URL,
  sitemapUrl,
  sitePaths,
  type SiteContent,
} from '@/lib/routes';
import { filesUnder } from '../scripts/lib/files.mjs';

// Every shape written out by hand: a change to a URL people have shared fails here first.
const SHAPES: [string, string][] = [
  [paths.home(), '/'],
  [paths.cases(), '/cases/'],
  [paths.casesBooklet(), '/cases/print/'],
  [paths.case('fake-police'), '/cases/fake-police/'],
  [paths.caseSection('fake-police', 'method'), '/cases/fake-police/#method'],
  [paths.caseWalkthrough('fake-police'), '/cases/fake-police/drill/'],
  [paths.tools(), '/tools/'],
  [paths.tool('hotline-96110'), '/tools/hotline-96110/'],
  [paths.toolSection('hotline-96110', 'how'), '/tools/hotline-96110/#how'],
  [paths.law(), '/law/'],
  [paths.lawArticles(), '/law/articles/'],
  [paths.lawArticle(38), '/law/articles/38/'],
  [paths.lawArticleAnchor(38), '/law/articles/#article-38'],
  [paths.lawChapterAnchor(2), '/law/articles/#chapter-2'],
  [paths.lawQa(), '/law/qa/'],
  [paths.rules(), '/rules/'],
  [paths.rule('sanbu-2'), '/rules/#sanbu-2'],
  [paths.checklist(), '/checklist/'],
  [paths.sources(), '/sources/'],
  [paths.source('handbook'), '/sources/#handbook'],
  [paths.quiz(), '/quiz/'],
  [paths.quizBank(), '/quiz/bank.json'],
  [paths.challenge('fake-police-1'), '/quiz/q/fake-police-1/'],
  [paths.scamCheck(), '/check/'],
  [paths.scamCheckPhrases(), '/check/phrases.json'],
  [paths.scamCheckOtherPhrases(), '/check/other-phrases.json'],
  [paths.search(), '/search/'],
  [paths.help(), '/help/'],
  [paths.present(), '/present/'],
  [paths.presentLesson('case', 'fake-police'), '/present/cases/fake-police/'],
  [paths.presentLesson('tool', 'hotline-96110'), '/present/tools/hotline-96110/'],
  [paths.presentSession('students'), '/present/sessions/students/'],
  [paths.presentCustom(), '/present/custom/'],
];

describe('paths inside a locale', () => {
  it.each(SHAPES)('%s is %s', (built, expected) => expect(built).toBe(expected));

  it('cover every path the module builds', () => {
    expect(SHAPES.length).toBe(Object.keys(paths).length + 1); // presentLesson has one shape per kind
  });

  it('name a law article block the way the full text anchors it', () => {
    expect(articleAnchor(38)).toBe('article-38');
  });
});

describe('locale URLs', () => {
  it.each(routing.locales)('put %s in front of every path', (locale) => {
    for (const [built, expected] of SHAPES) expect(localePath(locale, built)).toBe(`/${locale}${expected}`);
  });

  it('leave fragments and full addresses alone', () => {
    expect(localePath('en', '#outcome')).toBe('#outcome');
    expect(localePath('zh-CN', 'https://example.org/')).toBe('https://example.org/');
  });

  it('build absolute addresses on the given origin', () => {
    expect(absoluteUrl('zh-CN', paths.challenge('fake-police-1'), 'https://example.org')).toBe(
      'https://example.org/zh-CN/quiz/q/fake-police-1/',
    );
    expect(absoluteUrl('en', paths.scamCheck(), new URL('http://localhost:3000'))).toBe('http://localhost:3000/en/check/');
  });

  it('put the sitemap at the root of SITE_URL, outside every locale', () => {
    expect(sitemapUrl()).toBe(new URL('/sitemap.xml', SITE_URL.origin).href);
    expect(new URL(sitemapUrl()).pathname).toBe('/sitemap.xml');
  });

  it.each(routing.locales)('place %s share images under /share/ beside the page path', (locale) => {
    expect(shareImageUrl(locale, '/cases/fake-loan/')).toBe(`/share/${locale}/cases/fake-loan/card.png`);
    expect(posterUrl(locale, '/')).toBe(`/share/${locale}/poster.png`);
  });
});

describe('the pages of a locale', () => {
  const site: SiteContent = {
    cases: [{ slug: 'fake-police' }],
    walkthroughs: [{ slug: 'fake-police' }],
    tools: [{ slug: 'hotline-96110' }],
    articles: [{ number: 1 }, { number: 2 }],
    quiz: [{ id: 'fake-police-1' }],
    sessions: [{ id: 'students' }],
  };

  it('are the home page alone where a locale has no content', () => {
    expect(sitePaths(undefined)).toEqual(['/']);
  });

  it('list every page once, each ending with a slash', () => {
    expect(sitePaths(site)).toEqual([
      '/',
      '/cases/',
      '/cases/print/',
      '/cases/fake-police/',
      '/cases/fake-police/drill/',
      '/tools/',
      '/tools/hotline-96110/',
      '/law/',
      '/law/articles/',
      '/law/articles/1/',
      '/law/articles/2/',
      '/law/qa/',
      '/rules/',
      '/checklist/',
      '/check/',
      '/help/',
      '/sources/',
      '/search/',
      '/quiz/',
      '/quiz/q/fake-police-1/',
      '/present/',
      '/present/cases/fake-police/',
      '/present/tools/hotline-96110/',
      '/present/sessions/students/',
      '/present/custom/',
    ]);
  });
});

describe('one module builds URLs', () => {
  // A locale URL written out by hand (`/${locale}/…`) is a second place that knows the site's paths.
  // The error boundary and the language switcher write their links out on purpose: their scripts load on
  // every page, and the JavaScript budget counts every module they import.
  const ROOT = path.resolve(import.meta.dirname, '..');
  const WRITTEN_OUT = /`\/\$\{\w+\}(?:\/|\$\{)/;
  const ALLOWED = new Set(['lib/routes.ts', 'components/ErrorFallback.tsx', 'components/LanguageSwitcher.tsx']);
  const sources = ['app', 'components', 'lib', 'i18n', 'scripts/build', 'sw']
    .flatMap((dir) => filesUnder(path.join(ROOT, dir)))
    .filter((f) => /\.(ts|tsx|mjs)$/.test(f))
    .map((f) => path.relative(ROOT, f).split(path.sep).join('/'));

  it('finds the files it reads', () => expect(sources).toContain('lib/routes.ts'));

  it.each(sources.filter((f) => !ALLOWED.has(f)))('%s builds no locale URL itself', (file) => {
    const lines = readFileSync(path.join(ROOT, file), 'utf8').split('\n');
    expect(lines.filter((line) => WRITTEN_OUT.test(line))).toEqual([]);
  });
});
