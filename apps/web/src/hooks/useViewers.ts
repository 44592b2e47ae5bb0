/** Who is looking at one section; re-renders only when that set of people changes. */
import type { PresencePeer } from '../store/PresenceStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Present people whose selected section is `sectionId` (the presence index by section). */
export function useViewers(sectionId: string): readonly PresencePeer[] {
  const { presence } = useBoardContext();
  return useTracked(() => presence.getViewers(sectionId), [presence, sectionId]);
}
