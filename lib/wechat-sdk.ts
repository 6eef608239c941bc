/**
 * Optional WeChat JS-SDK share card. Off unless the deployer sets NEXT_PUBLIC_WECHAT_APP_ID and runs a
 * signature endpoint (NEXT_PUBLIC_WECHAT_SIGNATURE_URL); the site works fully without it.
 */
export interface WeChatSdkConfig {
  appId: string;
  signatureUrl: string;
  scriptUrl: string;
}

export function weChatSdkConfig(env: Record<string, string | undefined>): WeChatSdkConfig | null {
  const appId = env.NEXT_PUBLIC_WECHAT_APP_ID?.trim();
  const signatureUrl = env.NEXT_PUBLIC_WECHAT_SIGNATURE_URL?.trim();
  if (!appId || !signatureUrl) return null;
  return {
    appId,
    signatureUrl,
    scriptUrl: env.NEXT_PUBLIC_WECHAT_JSSDK_URL?.trim() || 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js',
  };
}

/** WeChat signs the page address without its #fragment. */
export function signatureRequest(endpoint: string, href: string) {
  const url = new URL(endpoint, href);
  url.searchParams.set('url', href.split('#')[0]!);
  return url.href;
}

export interface ShareData {
  title: string;
  desc: string;
  link: string;
  imgUrl: string;
}

/** The card WeChat shows, taken from the page's own Open Graph tags. */
export function shareDataFrom(meta: (property: string) => string | null | undefined, href: string): ShareData {
  return {
    title: meta('og:title') ?? '',
    desc: meta('og:description') ?? '',
    link: meta('og:url') ?? href.split('#')[0]!,
    imgUrl: meta('og:image') ?? '',
  };
}
