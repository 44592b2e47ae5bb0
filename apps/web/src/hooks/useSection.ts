/** One section; re-renders only when that section's fields change. */
import type { SectionView } from '@roundtable/model';
import { useCallback, useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** The section with `id`, or null once it is removed. */
export function useSection(id: string | null): SectionView | null {
  const { store } = useBoardContext();
  const get = useCallback(() => (id === null ? null : store.getSection(id)), [store, id]);
  return useSyncExternalStore(store.subscribe, get);
}
