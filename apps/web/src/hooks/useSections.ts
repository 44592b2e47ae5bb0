/** The whole agenda as data (for labels that need every title). */
import type { SectionView } from '@roundtable/model';
import { useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** All sections in order; a new array only when some section changed. */
export function useSections(): readonly SectionView[] {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getSections);
}
