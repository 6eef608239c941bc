import { randomBytes } from 'node:crypto';
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { assetsOf, laterScripts, overBudget, pageType, pageWeights, tableByType } from '../scripts/lib/page-weights.mjs';

/** A tiny exported site: a lesson page loading one script and one stylesheet, and a home page. */
function site(scriptBytes: number) {
  const dir = mkdtempSync(path.join(tmpdir(), 'weights-'));
  mkdirSync(path.join(dir, '_next'), { recursive: true });
  mkdirSync(path.join(dir, 'zh-CN/cases/x'), { recursive: true });
  // Random bytes barely compress, so the gzip size tracks the byte count.
  const noise = randomBytes(scriptBytes);
  writeFileSync(path.join(dir, '_next/a.js'), noise);
  writeFileSync(path.join(dir, '_next/a.css'), 'body{color:red}');
  const page =
    '<link rel="stylesheet" href="/_next/a.css"/><script src="/_next/a.js" async></script><script src="/_next/a.js"></script>';
  writeFileSync(path.join(dir, 'zh-CN/cases/x/index.html'), `<html>${page}<p>课</p></html>`);
  writeFileSync(path.join(dir, 'zh-CN/index.html'), '<html><p>首页</p></html>');
  return dir;
}

describe('page weights', () => {
  it('finds the scripts and stylesheets a page loads, once each', () => {
    const html =
      '<link rel="preload" href="/f.woff2"/><link rel="stylesheet" href="/a.css"/><script src="/a.js"></script><script src="/a.js"></script><script>inline()</script>';
    expect(assetsOf(html)).toEqual({ scripts: ['/a.js'], styles: ['/a.css'] });
  });

  it('names page types from the path', () => {
    expect(pageType('/zh-CN/cases/fake-loan/')).toBe('case lesson');
    expect(pageType('/en/tools/')).toBe('tool index');
    expect(pageType('/en/law/articles/38/')).toBe('law article');
    expect(pageType('/zh-CN/quiz/q/fake-loan-3/')).toBe('quiz challenge');
    expect(pageType('/zh-CN/')).toBe('home');
  });

  it('counts a shared script once per page and gzips it', () => {
    const weights = pageWeights(site(50_000));
    const at = (url: string) => weights.find((w) => w.url === url);
    expect(at('/zh-CN/cases/x/')?.js).toBeGreaterThan(40_000);
    expect(at('/zh-CN/cases/x/')?.js).toBeLessThan(51_000); // counted once, not twice
    expect(at('/zh-CN/cases/x/')?.css).toBeGreaterThan(0);
    expect(at('/zh-CN/')?.js).toBe(0);
    expect(tableByType(weights).map((r) => r.type)).toEqual(['case lesson', 'home']);
  });

  it('counts a script loaded on use apart from first paint, and holds it to its own budget', () => {
    const dir = site(1_000);
    mkdirSync(path.join(dir, '_next/static/chunks'), { recursive: true });
    // The way Turbopack's runtime names a chunk that a dynamic import() loads.
    writeFileSync(path.join(dir, '_next/a.js'), 'e.v(s=>Promise.all(["static/chunks/b.js"].map(s=>e.l(s))))');
    writeFileSync(path.join(dir, '_next/static/chunks/b.js'), randomBytes(9_000));
    expect(laterScripts(dir, ['/_next/a.js'])).toEqual(['/_next/static/chunks/b.js']);
    const lesson = pageWeights(dir).find((w) => w.url === '/zh-CN/cases/x/')!;
    expect(lesson.js).toBeLessThan(1_000);
    expect(lesson.later).toBeGreaterThan(8_000);
    const budget = { html: 40 * 1024, css: 20 * 1024, js: 30 * 1024 };
    expect(overBudget([lesson], budget)).toEqual([]);
    expect(overBudget([lesson], { ...budget, later: 8 * 1024 })).toEqual([
      expect.stringMatching(/^\/zh-CN\/cases\/x\/: JS loaded on use 8\.\d KB > 8\.0 KB$/),
    ]);
  });

  it('reports the page and the kind of weight over budget', () => {
    const budget = { html: 40 * 1024, css: 20 * 1024, js: 30 * 1024 };
    expect(overBudget(pageWeights(site(10_000)), budget)).toEqual([]);
    const over = overBudget(pageWeights(site(50_000)), budget);
    expect(over).toHaveLength(1);
    expect(over[0]).toMatch(/^\/zh-CN\/cases\/x\/: JS 4\d\.\d KB > 30\.0 KB$/);
  });
});
