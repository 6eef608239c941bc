import { describe, expect, it } from 'vitest';
import {
  fetchSignature,
  parseSignature,
  shareDataFrom,
  signableAddress,
  signatureRequest,
  weChatSdkConfig,
} from '@/lib/wechat-sdk';

const ON = { NEXT_PUBLIC_WECHAT_APP_ID: 'wx123', NEXT_PUBLIC_WECHAT_SIGNATURE_URL: '/sign' };
const SRI = 'sha384-oqVuAfXRKap7fdgcCY5uykM6+R9GqQ8K/uxy9rx7HNQlGYl1kPzQho1wx4JwY8wC';

describe('WeChat JS-SDK configuration', () => {
  it('is off unless both the app id and the signature endpoint are set', () => {
    expect(weChatSdkConfig({})).toBeNull();
    expect(weChatSdkConfig({ NEXT_PUBLIC_WECHAT_APP_ID: 'wx123' })).toBeNull();
    expect(weChatSdkConfig({ NEXT_PUBLIC_WECHAT_APP_ID: ' ', NEXT_PUBLIC_WECHAT_SIGNATURE_URL: '/sign' })).toBeNull();
    expect(
      weChatSdkConfig({
        NEXT_PUBLIC_WECHAT_APP_ID: 'wx123',
        NEXT_PUBLIC_WECHAT_SIGNATURE_URL: '/sign',
        NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY: SRI,
      }),
    ).toEqual({
      appId: 'wx123',
      signatureUrl: '/sign',
      scriptUrl: 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js',
      integrity: SRI,
    });
  });

  it('refuses (stopping the build) an SDK from another origin without an integrity hash', () => {
    expect(() => weChatSdkConfig(ON)).toThrow(/NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY/);
    expect(() => weChatSdkConfig({ ...ON, NEXT_PUBLIC_WECHAT_JSSDK_URL: 'https://cdn.example.org/jweixin.js' })).toThrow(
      /another origin/,
    );
    expect(() => weChatSdkConfig({ ...ON, NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY: 'md5-abc' })).toThrow(/sha384/);
    expect(() => weChatSdkConfig({ ...ON, NEXT_PUBLIC_WECHAT_JSSDK_URL: 'http://res.wx.qq.com/x.js' })).toThrow(/https/);
    // A copy on this site needs no hash (it may have one).
    expect(weChatSdkConfig({ ...ON, NEXT_PUBLIC_WECHAT_JSSDK_URL: '/vendor/jweixin.js' })?.scriptUrl).toBe('/vendor/jweixin.js');
  });

  it('makes a protocol-relative SDK address https, so the page policy names it and it loads', () => {
    const config = weChatSdkConfig({
      ...ON,
      NEXT_PUBLIC_WECHAT_JSSDK_URL: '//res.wx.qq.com/open/js/jweixin-1.6.0.js',
      NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY: SRI,
    });
    expect(config?.scriptUrl).toBe('https://res.wx.qq.com/open/js/jweixin-1.6.0.js');
  });

  it("has the page address signed without its query or fragment, and never sends the reader's own query", () => {
    expect(signableAddress('https://example.org/zh-CN/cases/fake-loan/#case')).toBe('https://example.org/zh-CN/cases/fake-loan/');
    expect(signableAddress('https://example.org/zh-CN/cases/fake-loan/?from=singlemessage&isappinstalled=0')).toBe(
      'https://example.org/zh-CN/cases/fake-loan/',
    );
    expect(signableAddress('https://example.org/zh-CN/search/?q=%E8%B4%B7%E6%AC%BE')).toBeNull();
    expect(signatureRequest('/api/sign', 'https://example.org/zh-CN/cases/fake-loan/')).toBe(
      'https://example.org/api/sign?url=https%3A%2F%2Fexample.org%2Fzh-CN%2Fcases%2Ffake-loan%2F',
    );
  });

  it('builds the share card from the Open Graph tags', () => {
    const tags: Record<string, string> = { 'og:title': 'T', 'og:description': 'D', 'og:image': 'https://x/i.png' };
    expect(shareDataFrom((p) => tags[p], 'https://x/zh-CN/#top')).toEqual({
      title: 'T',
      desc: 'D',
      link: 'https://x/zh-CN/',
      imgUrl: 'https://x/i.png',
    });
  });
});

describe('the signature endpoint answer', () => {
  const good = { timestamp: 1700000000, nonceStr: 'Wm3WZYTPz0wzccnW', signature: '0f9de62fce790f9a083d5c99e95740ceb90c27ed' };
  const json =
    (body: unknown, status = 200) =>
    async () =>
      new Response(JSON.stringify(body), { status });

  it('accepts a well-formed signature, the timestamp as a number or digits', () => {
    expect(parseSignature(good)).toEqual(good);
    expect(parseSignature({ ...good, timestamp: '1700000000' })).toEqual(good);
  });

  it.each([
    ['not an object', 'ok'],
    ['null', null],
    ['a missing signature', { timestamp: 1, nonceStr: 'a' }],
    ['a signature that is not sha1 hex', { ...good, signature: '<script>' }],
    ['a timestamp that is not a number', { ...good, timestamp: 'soon' }],
    ['a nonce with markup', { ...good, nonceStr: '"><img>' }],
  ])('rejects %s', (_, value) => {
    expect(parseSignature(value)).toBeNull();
  });

  it('is null on an HTTP error, a body that is not JSON, a network error or no answer in time', async () => {
    const href = 'https://example.org/zh-CN/';
    expect(await fetchSignature('/sign', href, json(good))).toEqual(good);
    expect(await fetchSignature('/sign', href, json(good, 500))).toBeNull();
    expect(await fetchSignature('/sign', href, async () => new Response('<html>', { status: 200 }))).toBeNull();
    expect(await fetchSignature('/sign', href, () => Promise.reject(new TypeError('offline')))).toBeNull();
    const never = () => new Promise<Response>(() => {});
    const started = Date.now();
    expect(await fetchSignature('/sign', href, never, 50)).toBeNull();
    expect(Date.now() - started).toBeLessThan(1000);
  });
});
