/** A brainstorm section's columns of item ids and settings; re-renders only when something moves or a setting changes. */
import type { BrainstormLayout } from '../store/BrainstormStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The layout of brainstorm section `sectionId`, or null. */
export function useBrainstormLayout(sectionId: string): BrainstormLayout | null {
  const { store } = useBoardContext();
  return useTracked(() => store.brainstorm.layouts.get(sectionId) ?? null, [store, sectionId]);
}
