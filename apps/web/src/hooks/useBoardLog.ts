/** The session log; re-renders when a record is added. */
import type { LogEntry } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** Log entries in document order. */
export function useBoardLog(): readonly LogEntry[] {
  const { store } = useBoardContext();
  return useTracked(() => store.getLog(), [store]);
}
