/**
 * How many of a list's `total` items to render (`progressiveMount.ts`): the first screenful (as
 * many as the viewport's height can show) at once, then one chunk per idle period
 * (`requestIdleCallback`, with a timeout so a busy page still gets there; a timer where there is
 * none) until all are mounted. What is shown never shrinks back while the list only grows.
 */
import { useEffect, useState } from 'react';
import { firstScreenful, mountedCount, mountMore, mountPending } from '../progressiveMount.js';
import { whenIdle } from '../whenIdle.js';

export function useProgressiveMount(total: number): number {
  const [limit, setLimit] = useState(() => firstScreenful(window.innerHeight));
  const shown = mountedCount(limit, total);
  useEffect(() => {
    // A few items past the limit were shown at once: the limit follows, so a later burst does not hide them.
    if (shown > limit) {
      setLimit(shown);
      return;
    }
    if (!mountPending(limit, total)) return;
    return whenIdle(() => setLimit((current) => mountMore(current)), 100, 16);
  }, [limit, shown, total]);
  return shown;
}
