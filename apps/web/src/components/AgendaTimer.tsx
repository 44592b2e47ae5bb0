/**
 * A section's running (or paused, or finished) timer, small, in its agenda row, so the
 * group sees every clock at a glance. Mounted (by the row) only while a section's timer is
 * running, paused or finished, so idle rows pay nothing; it is also where the optional chime
 * at zero plays.
 */
import type { TimerView } from '@roundtable/model';
import { memo, useCallback } from 'react';
import { useSoundPreference } from '../hooks/useSoundPreference.js';
import { useTimerClock } from '../hooks/useTimerClock.js';
import { playChime } from '../chime.js';
import { formatClock } from '../timerText.js';
import { Icon } from './Icon.js';

/** Compact timer for an agenda row; nothing when the timer is idle or absent. */
export const AgendaTimer = memo(function AgendaTimer({ timer }: { timer: TimerView | null }) {
  const soundOn = useSoundPreference();
  const onZero = useCallback(() => {
    if (soundOn) playChime();
  }, [soundOn]);
  const clock = useTimerClock(timer, onZero);
  if (!timer || timer.state === 'idle') return null;
  const state = clock.expired ? 'expired' : timer.state;
  const label = clock.expired ? "time's up" : `${formatClock(clock.remaining)} left${timer.state === 'paused' ? ', paused' : ''}`;
  return (
    <span className={`agenda-timer agenda-timer--${state}`} data-testid="agenda-timer" title={`Timer: ${label}`}>
      <Icon name={timer.state === 'paused' ? 'pause' : 'clock'} size={12} />
      <span aria-hidden="true" className="agenda-timer__digits">{clock.expired ? '00:00' : formatClock(clock.remaining)}</span>
      <span className="visually-hidden">, timer {label}</span>
    </span>
  );
});
