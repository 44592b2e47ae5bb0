/** The session log; re-renders when an entry is appended. */
import type { LogEntry } from '@roundtable/model';
import { useSyncExternalStore } from 'react';
import { useBoardContext } from './boardContext.js';

/** Log entries in document order. */
export function useBoardLog(): readonly LogEntry[] {
  const { store } = useBoardContext();
  return useSyncExternalStore(store.subscribe, store.getLog);
}
