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

const INTEGRITY = /^sha(256|384|512)-[A-Za-z0-9+/]+={0,2}$/;

/**
 * The share card's settings from the build's environment, or null when it is off. Throws (stopping the
 * build, which reads this in the layout and in scripts/build/csp.mjs) for an SDK address that cannot be
 * trusted or cannot load: a script from another origin needs its integrity hash, so a changed copy is
 * refused by the browser; a protocol-relative address (//host/…) is made https (the site is served over
 * HTTPS only, and the page policy names origins with their scheme); plain http is refused.
 */
export function weChatSdkConfig(env: Record<string, string | undefined>): WeChatSdkConfig | null {
  const appId = env.NEXT_PUBLIC_WECHAT_APP_ID?.trim();
  const signatureUrl = env.NEXT_PUBLIC_WECHAT_SIGNATURE_URL?.trim();
  if (!appId || !signatureUrl) return null;
  let scriptUrl = env.NEXT_PUBLIC_WECHAT_JSSDK_URL?.trim() || 'https://res.wx.qq.com/open/js/jweixin-1.6.0.js';
  if (scriptUrl.startsWith('//')) scriptUrl = `https:${scriptUrl}`;
  const integrity = env.NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY?.trim() || undefined;
  if (/^http:/i.test(scriptUrl))
    throw new Error(`NEXT_PUBLIC_WECHAT_JSSDK_URL must be https or a path on this site, not ${scriptUrl}`);
  if (integrity !== undefined && !INTEGRITY.test(integrity))
    throw new Error('NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY must be sha256-, sha384- or sha512- and a base64 digest');
  if (/^https:/i.test(scriptUrl) && !integrity)
    throw new Error(
      `The WeChat JS-SDK at ${scriptUrl} is on another origin: set NEXT_PUBLIC_WECHAT_JSSDK_INTEGRITY=sha384-… ` +
        '(openssl dgst -sha384 -binary jweixin-1.6.0.js | openssl base64 -A), so a changed copy is refused (deploy/README.md).',
    );
  return { appId, signatureUrl, scriptUrl, ...(integrity ? { integrity } : {}) };
}

// What WeChat itself appends to a shared link: nothing of the reader's.
const WECHAT_SHARE_PARAMS = new Set(['from', 'isappinstalled']);

/**
 * The address to have signed: the page's origin and path, never its query or fragment. Null when the
 * query is the reader's own (a search, say), which must not leave the site: the page then keeps WeChat's
 * default card. A query of WeChat's share markers only (?from=singlemessage) is dropped.
 */
export function signableAddress(href: string): string | null {
  const url = new URL(href);
  for (const key of url.searchParams.keys()) if (!WECHAT_SHARE_PARAMS.has(key)) return null;
  return url.origin + url.pathname;
}

/** The endpoint's address asking for a signature of `address` (from signableAddress). */
export function signatureRequest(endpoint: string, address: string) {
  const url = new URL(endpoint, address);
  url.searchParams.set('url', address);
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
 * Asks the endpoint for the signature of `address` (from signableAddress): null on a network error, an
 * HTTP error, an answer that is not a signature, or no answer within `timeoutMs` — the page then keeps
 * WeChat's default card.
 */
export async function fetchSignature(
  endpoint: string,
  address: string,
  fetchImpl: typeof fetch = fetch,
  timeoutMs = 5000,
): Promise<Signature | null> {
  const controller = typeof AbortController === 'function' ? new AbortController() : undefined;
  const timer = setTimeout(() => controller?.abort(), timeoutMs);
  try {
    const timeout = new Promise<null>((resolve) => setTimeout(resolve, timeoutMs, null));
    const response = await Promise.race([
      fetchImpl(signatureRequest(endpoint, address), { signal: controller?.signal, credentials: 'omit' }),
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
