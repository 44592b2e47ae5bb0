/** The session's leadership summary and the revealed rounds, from the SessionSummaryStore. */
import type { LeadershipSummary } from '@roundtable/model';
import { useSyncExternalStore } from 'react';
import { sessionSummaryStoreFor, type RevealedRound } from '../store/SessionSummaryStore.js';
import { useBoardContext } from './boardContext.js';

/** The leadership summary up to now; re-read after each change while mounted. */
export function useSessionSummary(): LeadershipSummary {
  const store = sessionSummaryStoreFor(useBoardContext().connection);
  return useSyncExternalStore(store.subscribe, store.getSummary);
}

/** The board's revealed agreement rounds (for histogram exports). */
export function useRevealedRounds(): RevealedRound[] {
  const store = sessionSummaryStoreFor(useBoardContext().connection);
  return useSyncExternalStore(store.subscribe, store.getRevealedRounds);
}
