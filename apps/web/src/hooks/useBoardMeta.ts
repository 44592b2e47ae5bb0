/** The board's title and metadata; re-renders only when they change. */
import type { BoardMeta } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Board metadata from the model's `selectMeta`. */
export function useBoardMeta(): BoardMeta {
  const { store } = useBoardContext();
  return useTracked(() => store.getMeta(), [store]);
}
