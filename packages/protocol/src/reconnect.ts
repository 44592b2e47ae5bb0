/**
 * How long a client waits before reconnecting: exponential backoff with "full jitter" (a uniform
 * random delay up to min(cap, base × 2^failures)). A relay restart drops every client at the same
 * instant; y-websocket's own backoff (100 ms × 2^n) would bring them all back at the same instants
 * too, while jitter spreads them over the window. `failures` counts closes since the last sync.
 */
export const RECONNECT_BASE_MS = 250;
export const RECONNECT_CAP_MS = 5000;

export function reconnectDelayMs(failures: number, random: () => number = Math.random): number {
  return Math.floor(random() * Math.min(RECONNECT_CAP_MS, RECONNECT_BASE_MS * 2 ** Math.max(0, failures)));
}
