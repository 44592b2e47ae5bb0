/** Who is on the board right now (awareness), self first. */
import { useSyncExternalStore } from 'react';
import type { PresencePeer } from '../store/PresenceStore.js';
import { useBoardContext } from './boardContext.js';

/** Present people, one entry per member. */
export function usePresence(): readonly PresencePeer[] {
  const { presence } = useBoardContext();
  return useSyncExternalStore(presence.subscribe, presence.getPeers);
}
