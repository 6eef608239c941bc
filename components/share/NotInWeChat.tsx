'use client';

import type { ReactNode } from 'react';
import { useIsWeChat } from '@/lib/wechat';

/** WeChat's browser does not download files: there readers long-press images instead. */
export function NotInWeChat({ children }: { children: ReactNode }) {
  return useIsWeChat() ? null : children;
}

/** What only applies inside WeChat's browser (its ··· menu). */
export function InWeChat({ children }: { children: ReactNode }) {
  return useIsWeChat() ? children : null;
}
