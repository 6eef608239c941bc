/**
 * Optional WeChat JS-SDK share card. Off unless the deployer sets NEXT_PUBLIC_WECHAT_APP_ID and runs a
 * signature endpoint (NEXT_PUBLIC_WECHAT_SIGNATURE_URL); the site works fully without it.
 */
export interface WeChatSdkConfig {
  appId: string;
  signatureUrl: string;
  scriptUrl: string;
  /** Subresource-integrity hash for a self-hosted copy of the SDK (NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY). */
  integrity?: string;
}

export function weChatSdkConfig(env: Record<string, string | undefined>): WeChatSdkConfig | null {
  const appId = env.NEXT_PUBLIC_WECHAT_APP_ID?.trim();
  const signatureUrl = env.NEXT_PUBLIC_WECHAT_SIGNATURE_URL?.trim();
  if (!appId || !signatureUrl) return null;
  return {
    appId,
    signatureUrl,
    scriptUrl: env.NEXT_PUBLIC_WECHAT_JSSDK_URL?.trim() || 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js',
    integrity: env.NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY?.trim() || undefined,
  };
}

/** WeChat signs the page address without its #fragment. */
export function signatureRequest(endpoint: string, href: string) {
  const url = new URL(endpoint, href);
  url.searchParams.set('url', href.split('#')[0]!);
  return url.href;
}

export interface Signature {
  timestamp: number;
  nonceStr: string;
  signature: string;
}

/**
 * The endpoint's answer, if it is one: a JSON object with a timestamp (seconds, number or digits), a
 * nonceStr (letters and digits) and a signature (sha1, 40 hex digits). Anything else is null.
 */
export function parseSignature(value: unknown): Signature | null {
  if (typeof value !== 'object' || value === null) return null;
  const { timestamp, nonceStr, signature } = value as Record<string, unknown>;
  const time = typeof timestamp === 'string' && /^\d{1,12}$/.test(timestamp) ? Number(timestamp) : timestamp;
  if (typeof time !== 'number' || !Number.isInteger(time) || time <= 0) return null;
  if (typeof nonceStr !== 'string' || !/^[A-Za-z0-9_-]{1,64}$/.test(nonceStr)) return null;
  if (typeof signature !== 'string' || !/^[0-9a-f]{40}$/i.test(signature)) return null;
  return { timestamp: time, nonceStr, signature };
}

/**
 * Asks the endpoint for this page's signature: null on a network error, an HTTP error, an answer that is
 * not a signature, or no answer within `timeoutMs` — the page then keeps WeChat's default card.
 */
export async function fetchSignature(
  endpoint: string,
  href: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 5000,
): Promise<Signature | null> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  try {
    const timeout = new Promise<null>((resolve) => setTimeout(resolve, timeoutMs, null));
    const response = await Promise.race([
      fetchImpl(signatureRequest(endpoint, href), { signal: controller?.signal, credentials: 'omit' }),
      timeout,
    ]);
    if (!response || !response.ok) return null;
    return parseSignature(await Promise.race([response.json(), timeout]));
  } catch {
    return null;
  } finally {
    clearTimeout(timer);
  }
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
