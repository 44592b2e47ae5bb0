/** Who is on the board right now (awareness), self first. */
import type { PresencePeer } from '../store/PresenceStore.js';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Present people, one entry per member; re-renders when anyone joins, leaves or moves. */
export function usePresence(): readonly PresencePeer[] {
  const { presence } = useBoardContext();
  return useTracked(() => presence.getPeers(), [presence]);
}

/** True while member `id` is on the board; re-renders only when that changes. */
export function useIsPresent(id: string | null): boolean {
  const { presence } = useBoardContext();
  return useTracked(() => id !== null && presence.isPresent(id), [presence, id]);
}
