'use client';

import { useEffect } from 'react';
import { fetchSignature, shareDataFrom, signableAddress, type WeChatSdkConfig } from '@/lib/wechat-sdk';

interface Wx {
  config(options: Record<string, unknown>): void;
  ready(callback: () => void): void;
  updateAppMessageShareData(data: object): void;
  updateTimelineShareData(data: object): void;
}

/** Sets WeChat's share card through the JS-SDK; rendered only when the deployer configured it. */
export function WeChatShareCard({ config }: { config: WeChatSdkConfig }) {
  useEffect(() => {
    if (!/MicroMessenger/i.test(navigator.userAgent)) return;
    const script = document.createElement('script');
    script.src = config.scriptUrl;
    if (config.integrity) {
      script.integrity = config.integrity;
      script.crossOrigin = 'anonymous';
    }
    script.onload = async () => {
      const wx = (window as unknown as { wx?: Wx }).wx;
      if (!wx) return;
      // No signature (endpoint down, slow, or answering something else): WeChat keeps its default card,
      // and nothing else on the page depends on this.
      // The query never leaves the site: a page whose query is the reader's own keeps the default card.
      const address = signableAddress(location.href);
      if (!address) return;
      // WeChat checks the signature against the page's address: drop its share markers from it first.
      if (location.search) history.replaceState(history.state, '', address + location.hash);
      const signed = await fetchSignature(config.signatureUrl, address);
      if (!signed) return;
      try {
        wx.config({ appId: config.appId, ...signed, jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'] });
        const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
        const data = shareDataFrom(meta, location.href);
        wx.ready(() => {
          wx.updateAppMessageShareData(data);
          wx.updateTimelineShareData(data);
        });
      } catch {
        // An SDK that does not behave as documented changes nothing on the page.
      }
    };
    document.head.append(script);
  }, [config]);
  return null;
}
