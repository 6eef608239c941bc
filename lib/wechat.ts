'use client';

import { useHydrated } from './local-store';

/** True once hydrated inside WeChat's browser (its user agent says MicroMessenger). */
export function useIsWeChat(): boolean {
  const hydrated = useHydrated();
  return hydrated && /MicroMessenger/i.test(navigator.userAgent);
}
