/**
 * Relay-corrected time that ticks only while a component needs it (a running timer): a
 * 250 ms interval re-renders just the component that calls this hook, nothing else.
 */
import { useEffect, useState } from 'react';
import type { RelayClock } from '../sync/relayClock.js';

/** How often a running display refreshes: a quarter second keeps clients within 250 ms. */
export const TICK_MS = 250;

/** `clock.now()`, refreshed every TICK_MS while `active`; read once per render otherwise. */
export function useRelayNow(clock: RelayClock, active: boolean): number {
  const [now, setNow] = useState(() => clock.now());
  useEffect(() => {
    if (!active) return;
    setNow(clock.now());
    const interval = setInterval(() => setNow(clock.now()), TICK_MS);
    return () => clearInterval(interval);
  }, [clock, active]);
  return active ? now : clock.now();
}
