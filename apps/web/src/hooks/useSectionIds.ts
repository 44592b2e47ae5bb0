/** The agenda's section ids in order; re-renders on add, remove or reorder only. */
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Ordered section ids. */
export function useSectionIds(): readonly string[] {
  const { store } = useBoardContext();
  return useTracked(() => store.getSectionIds(), [store]);
}
