/** One section's title; re-renders only when that title changes (or the section comes or goes). */
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The title of section `id`, or null when there is no such section (or `id` is null). */
export function useSectionTitle(id: string | null): string | null {
  const { store } = useBoardContext();
  return useTracked(() => store.getSectionTitle(id), [store, id]);
}
