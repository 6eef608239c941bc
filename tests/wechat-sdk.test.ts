import { describe, expect, it } from 'vitest';
import { fetchSignature, parseSignature, shareDataFrom, signatureRequest, weChatSdkConfig } from '@/lib/wechat-sdk';

describe('WeChat JS-SDK configuration', () => {
  it('is off unless both the app id and the signature endpoint are set', () => {
    expect(weChatSdkConfig({})).toBeNull();
    expect(weChatSdkConfig({ NEXT_PUBLIC_WECHAT_APP_ID: 'wx123' })).toBeNull();
    expect(weChatSdkConfig({ NEXT_PUBLIC_WECHAT_APP_ID: ' ', NEXT_PUBLIC_WECHAT_SIGNATURE_URL: '/sign' })).toBeNull();
    expect(weChatSdkConfig({ NEXT_PUBLIC_WECHAT_APP_ID: 'wx123', NEXT_PUBLIC_WECHAT_SIGNATURE_URL: '/sign' })).toEqual({
      appId: 'wx123',
      signatureUrl: '/sign',
      scriptUrl: 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js',
    });
  });

  it('asks for a signature of the page address without its fragment', () => {
    expect(signatureRequest('/api/sign', 'https://example.org/zh-CN/cases/fake-loan/?a=1#case')).toBe(
      'https://example.org/api/sign?url=https%3A%2F%2Fexample.org%2Fzh-CN%2Fcases%2Ffake-loan%2F%3Fa%3D1',
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
