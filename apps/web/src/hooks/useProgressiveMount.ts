/**
 * How many of a list's `total` items to render: the first screenful at once, then one chunk per
 * idle period (`requestIdleCallback`, with a timeout so a busy page still gets there; a timer
 * where there is none) until all are mounted, after which every item renders at once.
 */
import { useEffect, useState } from 'react';
import { mountedCount, mountMore, startMounting, type Mounting } from '../progressiveMount.js';

/** Runs `run` when the browser is idle (at the latest after `timeout` ms); returns a cancel. */
function whenIdle(run: () => void, timeout = 100): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, 16);
  return () => clearTimeout(handle);
}

export function useProgressiveMount(total: number): number {
  const [state, setState] = useState<Mounting>(() => startMounting(total));
  const pending = !state.done;
  useEffect(() => {
    if (!pending) return;
    return whenIdle(() => setState((current) => mountMore(current, total)));
  }, [pending, state, total]);
  return mountedCount(state, total);
}
