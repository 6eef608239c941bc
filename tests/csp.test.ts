import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { extraOrigins, inlineScriptHashes, SEARCH_PAGE, withPolicy } from '../scripts/build/csp.mjs';

const sha = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;
const page = (head: string, body = '') =>
  `<!DOCTYPE html><html><head><meta charSet="utf-8"/>${head}</head><body>${body}</body></html>`;
const metaOf = (html: string) => /<meta http-equiv="Content-Security-Policy" content="([^"]*)"\/>/.exec(html)?.[1] ?? '';

describe('the per-page script policy (scripts/build/csp.mjs)', () => {
  it('hashes every inline script the browser would run, byte for byte, and nothing else', () => {
    const boot = "document.documentElement.setAttribute('data-js','');";
    const data = 'self.__next_f.push([1,"中文 \\u003c/script>"])';
    const html = page(
      `<script>${boot}</script><script src="/_next/static/a.js" async=""></script>`,
      `<script id="_R_">${data}</script><script type="application/ld+json">{"a":1}</script><script>${boot}</script>`,
    );
    expect(inlineScriptHashes(html)).toEqual([sha(boot), sha(data)]);
  });

  it('puts the policy first in <head>, before any script, without unsafe-inline for scripts', () => {
    const html = withPolicy(page('<script>a()</script>'), { script: [], connect: [] });
    expect(html.indexOf('Content-Security-Policy')).toBeLessThan(html.indexOf('<script>'));
    const scriptSrc = metaOf(html)
      .split('; ')
      .find((d: string) => d.startsWith('script-src '));
    expect(scriptSrc).toBe(`script-src 'self' ${sha('a()')}`);
    expect(metaOf(html)).toContain("default-src 'self'");
  });

  it("allows WebAssembly ('wasm-unsafe-eval') on the search pages only, and inline styles nowhere", () => {
    const search = withPolicy(page('<script>a()</script>'), { script: [], connect: [] }, { wasm: true });
    expect(metaOf(search)).toContain(`script-src 'self' 'wasm-unsafe-eval' ${sha('a()')}`);
    expect(['zh-CN/search/index.html', 'en/search/index.html'].every((f) => SEARCH_PAGE.test(f))).toBe(true);
    for (const other of ['zh-CN/index.html', 'en/cases/fake-police/index.html', 'zh-CN/search-tips/index.html', 'search.html'])
      expect(SEARCH_PAGE.test(other), other).toBe(false);
    const lesson = withPolicy(page('<script>a()</script>'), { script: [], connect: [] });
    expect(metaOf(lesson)).not.toContain('wasm-unsafe-eval');
    expect(metaOf(lesson)).toContain("style-src 'self';");
    expect(metaOf(lesson)).not.toContain('unsafe-inline');
  });

  it('replaces the policy when run again, following the page', () => {
    const once = withPolicy(page('<script>a()</script>'), { script: [], connect: [] });
    const changed = withPolicy(once.replace('a()', 'b()'), { script: [], connect: [] });
    expect(changed.match(/Content-Security-Policy/g)).toHaveLength(1);
    expect(metaOf(changed)).toContain(sha('b()'));
    expect(metaOf(changed)).not.toContain(sha('a()'));
  });

  it("allows the WeChat SDK's and the signature endpoint's origins only when the share card is on", () => {
    expect(extraOrigins({})).toEqual({ script: [], connect: [] });
    expect(
      extraOrigins({
        NEXT_PUBLIC_WECHAT_APP_ID: 'wx1',
        NEXT_PUBLIC_WECHAT_SIGNATURE_URL: 'https://sign.example.org/api?x=1',
        NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY: 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC',
      }),
    ).toEqual({ script: ['https://res.wx.qq.com'], connect: ['https://sign.example.org'] });
    expect(
      extraOrigins({
        NEXT_PUBLIC_WECHAT_APP_ID: 'wx1',
        NEXT_PUBLIC_WECHAT_SIGNATURE_URL: '/api/sign',
        NEXT_PUBLIC_WECHAT_JSSDK_URL: '/vendor/jweixin.js',
      }),
    ).toEqual({ script: [], connect: [] });
  });
});
