/** A purpose section's content and the board's current purpose, from the PurposeStore. */
import type { CurrentPurpose, PurposeView } from '@roundtable/model';
import { useCallback, useSyncExternalStore } from 'react';
import { purposeStoreFor } from '../store/PurposeStore.js';
import { useBoardContext } from './boardContext.js';

/** The purpose section `sectionId` as plain data; re-renders only when that section changes. */
export function usePurpose(sectionId: string): PurposeView | null {
  const store = purposeStoreFor(useBoardContext().connection);
  const get = useCallback(() => store.get(sectionId), [store, sectionId]);
  return useSyncExternalStore(store.subscribe, get);
}

/** The board's current purpose (first purpose section with a statement), or null. */
export function useCurrentPurpose(): CurrentPurpose | null {
  const store = purposeStoreFor(useBoardContext().connection);
  return useSyncExternalStore(store.subscribe, store.getCurrent);
}
