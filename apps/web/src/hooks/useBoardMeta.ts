/** The board's title and metadata; re-renders only when they change. */
import type { BoardMeta } from '@roundtable/model';
import { useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** Board metadata from the model's `selectMeta`. */
export function useBoardMeta(): BoardMeta {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getMeta);
}
