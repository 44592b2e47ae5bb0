/** One brainstorm cluster's record (its name); re-renders only when it changes. */
import type { ClusterView } from '@roundtable/model';
import { useBoardContext } from './boardContext.js';
import { useTracked } from './useTracked.js';

/** The cluster with `id`, or null. */
export function useBrainstormCluster(id: string): ClusterView | null {
  const { store } = useBoardContext();
  return useTracked(() => store.brainstorm.clusters.get(id) ?? null, [store, id]);
}
