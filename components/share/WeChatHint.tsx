'use client';

import { useEffect, useState } from 'react';
import { useElderMode } from '@/lib/elder';
import { useIsWeChat } from '@/lib/wechat';

const KEY = 'shizha.wechatHint';
let firstVisit: boolean | undefined;

/**
 * Whether this device has not been shown the hint before this page loaded. Read once per page load, so
 * marking it seen does not hide it under the reader's eyes. Storage that throws can't remember it: then
 * the hint is never shown (the share panel at the end of the page says the same).
 */
function isFirstVisit(): boolean {
  if (firstVisit === undefined) {
    try {
      firstVisit = window.localStorage.getItem(KEY) === null;
    } catch {
      firstVisit = false;
    }
  }
  return firstVisit;
}

function markSeen() {
  try {
    window.localStorage.setItem(KEY, '1');
  } catch {
    // not remembered; isFirstVisit() already said no for blocked storage
  }
}

/**
 * Inside WeChat, once per device, a one-line note at the foot of the screen points to the ··· menu for
 * sharing. It is fixed to the bottom, so it never pushes the page down, and it is not shown in 关怀模式,
 * whose first screen is for the lesson alone.
 */
export function WeChatHint({ text, dismiss }: { text: string; dismiss: string }) {
  const weChat = useIsWeChat();
  const elder = useElderMode();
  const [closed, setClosed] = useState(false);
  const show = weChat && !elder && document.documentElement.dataset.mode !== 'elder' && isFirstVisit();
  useEffect(() => {
    if (show) markSeen();
  }, [show]);
  if (!show || closed) return null;
  return (
    <div
      className="no-print fixed right-0 bottom-0 left-0 z-30 border-t border-note bg-note-wash"
      style={{ paddingBottom: 'env(safe-area-inset-bottom)' }}
      role="note"
      data-wechat-hint
    >
      <p className="mx-auto flex max-w-3xl items-center justify-between px-4 py-1 text-sm leading-snug">
        <span className="mr-3">
          <span aria-hidden="true" className="mr-1 font-bold">
            ↗
          </span>
          {text}
        </span>
        <button
          type="button"
          className="min-h-11 shrink-0 rounded-lg border-2 border-note px-3 text-base font-semibold text-note"
          onClick={() => setClosed(true)}
        >
          {dismiss}
        </button>
      </p>
    </div>
  );
}
