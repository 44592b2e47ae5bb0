/** Members the board remembers (name and colour per member id). */
import type { MemberView } from '@roundtable/model';
import { useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** Members by name. */
export function useMembers(): readonly MemberView[] {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getMembers);
}
