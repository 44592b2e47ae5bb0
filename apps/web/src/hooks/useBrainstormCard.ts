/** One brainstorm card; re-renders only when that card's fields change. */
import type { CardRecord } from '../store/BrainstormStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The card with `id`, or null once deleted. */
export function useBrainstormCard(id: string): CardRecord | null {
  const { store } = useBoardContext();
  return useTracked(() => store.brainstorm.cards.get(id) ?? null, [store, id]);
}
