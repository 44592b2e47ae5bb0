/** One section; re-renders only when that section's fields change. */
import type { SectionView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The section with `id`, or null once it is removed. */
export function useSection(id: string | null): SectionView | null {
  const { store } = useBoardContext();
  return useTracked(() => store.getSection(id), [store, id]);
}
