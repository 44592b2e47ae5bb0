/**
 * Reads a value from the stores and re-renders only when a key it read changes (tldraw's
 * `useValue`): `compute` runs under read tracking (`store/tracking.ts`), and the component
 * subscribes to exactly the keys that run read. The value is kept identical while `equal`
 * says it is unchanged, so a recomputation that yields the same thing renders nothing.
 */
import { useMemo, useSyncExternalStore, type DependencyList } from 'react';
import { Computation } from '../store/tracking.js';

/** `compute()`, kept current; `deps` are what `compute` closes over (as for useMemo). */
export function useTracked<T>(compute: () => T, deps: DependencyList, equal?: (a: T, b: T) => boolean): T {
  // eslint-disable-next-line react-hooks/exhaustive-deps
  const computation = useMemo(() => new Computation(compute, equal), deps);
  return useSyncExternalStore(computation.subscribe, computation.get);
}
