'use client';

import { createLocalStore } from './local-store';
import { PROGRESS_KEY, emptyProgress, parseProgress, type Progress } from './progress';

const store = createLocalStore<Progress>(PROGRESS_KEY, parseProgress, emptyProgress);

export const useProgress = store.use;
export const updateProgress = store.update;
export const resetProgress = store.reset;
export { useHydrated } from './local-store';
