/**
 * "Since your last visit" for the open board and this device's member: the visit store
 * (`store/VisitStore.ts`), its news, per-item "new" flags, and saving the visit when the page
 * is hidden or left.
 */
import type { VisitChange, VisitChangeKind } from '@roundtable/model';
import { useCallback, useEffect, useMemo, useSyncExternalStore } from 'react';
import { deviceStorage } from '../storage/localJson.js';
import { visitStoreFor, type VisitStore } from '../store/VisitStore.js';
import { useBoardContext } from './boardContext.js';

const NONE: readonly VisitChange[] = [];
const noSubscribe = () => () => {};

/** The visit store of this board and member, or null before the member has a name. */
export function useVisitStore(): VisitStore | null {
  const { connection, member } = useBoardContext();
  const memberId = member?.id ?? null;
  return useMemo(() => (memberId ? visitStoreFor(connection, memberId, deviceStorage()) : null), [connection, memberId]);
}

/** What others did since this member's last visit, in agenda order. */
export function useVisitChanges(): readonly VisitChange[] {
  const store = useVisitStore();
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, store ? store.getChanges : () => NONE);
}

/** True when the item is news since the last visit (re-renders only when that flips). */
export function useIsNew(kind: VisitChangeKind, itemId: string): boolean {
  const store = useVisitStore();
  const get = useCallback(() => store?.isNew(kind, itemId) ?? false, [store, kind, itemId]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, get);
}

/** How many news items a section has (agenda rows). */
export function useSectionNewCount(sectionId: string): number {
  const store = useVisitStore();
  const get = useCallback(() => (store ? store.getChanges().filter((c) => c.sectionId === sectionId).length : 0), [store, sectionId]);
  return useSyncExternalStore(store?.subscribe ?? noSubscribe, get);
}

/** Stores the visit when the page is hidden, left or this board closes (BoardView). */
export function useVisitTracking(): void {
  const store = useVisitStore();
  useEffect(() => {
    if (!store) return;
    const onHide = () => {
      if (document.visibilityState === 'hidden') store.save();
    };
    window.addEventListener('pagehide', store.save);
    document.addEventListener('visibilitychange', onHide);
    return () => {
      window.removeEventListener('pagehide', store.save);
      document.removeEventListener('visibilitychange', onHide);
      store.save();
    };
  }, [store]);
}
