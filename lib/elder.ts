'use client';

import { ELDER_KEY } from './elder-boot';
import { createLocalStore } from './local-store';

const store = createLocalStore<boolean>(
  ELDER_KEY,
  (raw) => raw === '1',
  () => false,
  (on) => (on ? 1 : 0),
);

/** Applies the mode to the document; the inline script in the layout does the same before first paint. */
function apply(on: boolean) {
  if (on) document.documentElement.dataset.mode = 'elder';
  else delete document.documentElement.dataset.mode;
}

export const useElderMode = store.use;

export function setElderMode(on: boolean) {
  store.update(() => on);
  apply(on);
}
