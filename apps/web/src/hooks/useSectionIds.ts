/** The agenda's section ids in order; re-renders on add, remove or reorder only. */
import { useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** Ordered section ids. */
export function useSectionIds(): readonly string[] {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getSectionIds);
}
