/** The board's active spotlight; re-renders only when it starts, ends or moves. */
import type { SpotlightView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The active spotlight, or null. */
export function useSpotlight(): SpotlightView | null {
  const { store } = useBoardContext();
  return useTracked(() => store.getSpotlight(), [store]);
}
