/** What may be known of a brainstorm's sealed items (counts, the tally), and how many members the board has. */
import type { BrainstormProgress } from '../store/BrainstormStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Progress of section `sectionId` plus the board's member count. */
export function useBrainstormProgress(sectionId: string): { progress: BrainstormProgress | null; members: number } {
  const { store } = useBoardContext();
  const progress = useTracked(() => store.brainstorm.progress.get(sectionId) ?? null, [store, sectionId]);
  const members = useTracked(() => store.getMembers().length, [store]);
  return { progress, members };
}
