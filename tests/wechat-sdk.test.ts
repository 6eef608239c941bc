import { describe, expect, it } from 'vitest';
import { shareDataFrom, signatureRequest, weChatSdkConfig } from '@/lib/wechat-sdk';

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
