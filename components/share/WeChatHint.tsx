'use client';

import { useState } from 'react';
import { useIsWeChat } from '@/lib/wechat';

/**
 * Inside WeChat, a small note under the header points to the ··· menu for sharing. It never covers the
 * page and goes away when dismissed (for this visit).
 */
export function WeChatHint({ text, dismiss }: { text: string; dismiss: string }) {
  const weChat = useIsWeChat();
  const [closed, setClosed] = useState(
    () => typeof sessionStorage !== 'undefined' && sessionStorage.getItem('shizha.wechatHint') === 'closed',
  );
  if (!weChat || closed) return null;
  return (
    <div className="no-print border-b border-line bg-note-wash" data-wechat-hint>
      <p className="mx-auto flex max-w-3xl items-center justify-between gap-3 px-4 py-2 text-base">
        <span>
          <span aria-hidden="true" className="mr-1 font-bold">
            ↗
          </span>
          {text}
        </span>
        <button
          type="button"
          className="min-h-11 shrink-0 rounded-lg border-2 border-note px-3 font-semibold text-note"
          onClick={() => {
            try {
              sessionStorage.setItem('shizha.wechatHint', 'closed');
            } catch {
              // storage blocked: the hint simply closes for this page view
            }
            setClosed(true);
          }}
        >
          {dismiss}
        </button>
      </p>
    </div>
  );
}
