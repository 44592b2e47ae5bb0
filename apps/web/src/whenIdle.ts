/** Runs work that can wait for the browser to be idle. */

/**
 * Runs `run` when the browser is idle, at the latest after `timeout` ms (`requestIdleCallback`);
 * where there is no such call (Safari, Node), after `fallbackMs`. Returns a cancel.
 */
export function whenIdle(run: () => void, timeout: number, fallbackMs = 0): () => void {
  if (typeof requestIdleCallback === 'function') {
    const handle = requestIdleCallback(run, { timeout });
    return () => cancelIdleCallback(handle);
  }
  const handle = setTimeout(run, fallbackMs);
  return () => clearTimeout(handle);
}
