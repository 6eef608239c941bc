'use client';

import { useEffect } from 'react';
import { shareDataFrom, signatureRequest, type WeChatSdkConfig } from '@/lib/wechat-sdk';

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
    script.onload = async () => {
      const wx = (window as unknown as { wx?: Wx }).wx;
      if (!wx) return;
      try {
        const response = await fetch(signatureRequest(config.signatureUrl, location.href));
        const { timestamp, nonceStr, signature } = (await response.json()) as Record<string, string>;
        wx.config({
          appId: config.appId,
          timestamp,
          nonceStr,
          signature,
          jsApiList: ['updateAppMessageShareData', 'updateTimelineShareData'],
        });
        const meta = (p: string) => document.querySelector(`meta[property="${p}"]`)?.getAttribute('content');
        const data = shareDataFrom(meta, location.href);
        wx.ready(() => {
          wx.updateAppMessageShareData(data);
          wx.updateTimelineShareData(data);
        });
      } catch {
        // Without a signature WeChat falls back to its default card; nothing else depends on this.
      }
    };
    document.head.append(script);
  }, [config]);
  return null;
}
