/**
 * A section timer as it reads now: relay-corrected remaining time, ticking only while it
 * runs, and an optional callback the moment a running timer this device watched reaches zero
 * (not when a board opens on a timer that ran out long ago).
 */
import { remainingMs, type TimerView } from '@roundtable/model';
import { useEffect, useRef } from 'react';
import { useBoardContext } from './boardContext.js';
import { useRelayNow } from './useRelayNow.js';

/** What a timer display needs. */
export interface TimerClock {
  remaining: number;
  running: boolean;
  /** Running and at zero: "Time's up". */
  expired: boolean;
}

/** Reads `timer` against the relay clock; `onZero` fires once per run when it hits zero here. */
export function useTimerClock(timer: TimerView | null, onZero?: () => void): TimerClock {
  const { connection } = useBoardContext();
  const running = timer?.state === 'running';
  const startRemaining = timer ? remainingMs(timer, connection.clock.now()) : 0;
  const now = useRelayNow(connection.clock, running && startRemaining > 0);
  const remaining = timer ? remainingMs(timer, now) : 0;
  const expired = running && remaining === 0;
  const last = useRef<{ timer: TimerView | null; remaining: number } | null>(null);

  useEffect(() => {
    const previous = last.current;
    last.current = { timer, remaining };
    if (expired && previous && previous.timer === timer && previous.remaining > 0) onZero?.();
  }, [timer, remaining, expired, onZero]);

  return { remaining, running, expired };
}
