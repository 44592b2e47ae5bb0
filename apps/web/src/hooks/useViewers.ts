/** Who is looking at one section; re-renders only when that set of people changes. */
import { useCallback, useSyncExternalStore } from 'react';
import type { PresencePeer } from '../store/PresenceStore.js';
import { useBoardContext } from './boardContext.js';

/** Present people whose selected section is `sectionId`. */
export function useViewers(sectionId: string): readonly PresencePeer[] {
  const { presence } = useBoardContext();
  const get = useCallback(() => presence.getViewers(sectionId), [presence, sectionId]);
  return useSyncExternalStore(presence.subscribe, get);
}
