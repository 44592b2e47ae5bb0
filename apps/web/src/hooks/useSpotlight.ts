/** The board's active spotlight; re-renders only when it starts, ends or moves. */
import type { SpotlightView } from '@roundtable/model';
import { useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** The active spotlight, or null. */
export function useSpotlight(): SpotlightView | null {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getSpotlight);
}
