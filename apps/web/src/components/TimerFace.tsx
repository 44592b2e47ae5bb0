/**
 * The big mm:ss read-out of a section timer. The only part of the section that re-renders
 * while a timer runs (a 250 ms tick through useTimerClock). At zero: a red pulse and
 * "Time's up".
 */
import type { TimerView } from '@roundtable/model';
import { useTimerClock } from '../hooks/useTimerClock.js';
import { formatClock } from '../timerText.js';

/** Read-out of `timer`, or of `previewMs` (the picked duration) when none is set yet or it was reset. */
export function TimerFace({ timer, previewMs }: { timer: TimerView | null; previewMs: number }) {
  const clock = useTimerClock(timer);
  const shown = timer && timer.state !== 'idle' ? clock.remaining : previewMs;
  const state = clock.expired ? 'expired' : (timer?.state ?? 'none');
  const status = clock.expired ? "Time's up" : timer?.state === 'running' ? 'Running' : timer?.state === 'paused' ? 'Paused' : 'Ready';
  return (
    <div className={`timer-face timer-face--${state}`}>
      <span className="timer-face__digits" role="timer" aria-label={`Timer ${status.toLowerCase()}, ${formatClock(shown)} left`} data-testid="timer-display">
        {formatClock(shown)}
      </span>
      <span className="timer-face__status" data-testid="timer-status">{status}</span>
    </div>
  );
}
