/** True once a running timer has reached zero; re-renders once at that moment (no ticking). */
import { remainingMs, type TimerView } from '@roundtable/model';
import { useEffect, useState } from 'react';
import { useBoardContext } from './boardContext.js';

/** Whether `timer` is running and out of time, by the relay clock. */
export function useTimerExpired(timer: TimerView | null): boolean {
  const { connection } = useBoardContext();
  const [, setTick] = useState(0);
  const running = timer?.state === 'running';
  const left = running && timer ? remainingMs(timer, connection.clock.now()) : 0;
  useEffect(() => {
    if (!running || left <= 0) return;
    const timeout = setTimeout(() => setTick((t) => t + 1), left + 20);
    return () => clearTimeout(timeout);
  }, [running, left, timer]);
  return running && left === 0;
}
