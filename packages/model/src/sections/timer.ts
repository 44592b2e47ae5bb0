/**
 * The shared timer of a section: start with a duration, pause, resume, add time, reset.
 *
 * Stored shape: one plain value under the section's `timer` key,
 *   { state: 'idle' | 'running' | 'paused', durationMs, startedAt, pausedRemainingMs }
 * (see TimerView in readers.ts). One value rather than four keys: concurrent operations
 * (A pauses while B adds a minute) then resolve last-writer-wins as a whole, never into a
 * mix of two timers. A resume back-dates `startedAt` so that a running timer always reads
 * remaining = durationMs - (now - startedAt).
 *
 * Every `at`/`now` here is relay-corrected time (Date.now() + the offset from
 * estimateClockOffset), so devices with wrong clocks still agree on the remaining time.
 * Running the timer is a lead power.
 */
import type * as Y from 'yjs';
import { checkAt } from '../core/guards.js';
import { appendLog } from '../core/log.js';
import type { LogType, OperationName } from '../catalog.js';
import { LocalOrigin } from '../core/origin.js';
import { requireLeadPowers, type SectionHandle } from './permissions.js';
import { fail, ok, type Result } from '../core/result.js';
import { MAX_TIMER_MS, MIN_TIMER_MS, type TimerView } from './readers.js';

/** Arguments of the timer operations; `at` is relay-corrected ms since the epoch. */
export interface TimerArgs {
  sectionId: string;
  by: string;
  at: number;
}

/**
 * Milliseconds left on `timer` at relay-corrected time `now`: 0 once a running timer has run
 * out, never more than its duration (a writer whose clock ran ahead cannot add time).
 */
export function remainingMs(timer: TimerView, now: number): number {
  if (timer.state === 'paused') return timer.pausedRemainingMs ?? 0;
  if (timer.state === 'idle' || timer.startedAt === null) return timer.durationMs;
  return Math.min(timer.durationMs, Math.max(0, timer.durationMs - (now - timer.startedAt)));
}

function checkDuration(ms: unknown, what: string): Result<number> {
  if (typeof ms !== 'number' || !Number.isFinite(ms)) return fail(`${what} must be a number of milliseconds`);
  if (ms < MIN_TIMER_MS || ms > MAX_TIMER_MS) return fail(`${what} must be between 1 second and 24 hours`);
  return ok(Math.round(ms));
}

/**
 * Shared body of the timer operations: lead-power and `at` checks, then `next` computes the
 * new timer from the current one (or refuses), and one transaction writes it and logs.
 */
function writeTimer(
  doc: Y.Doc,
  args: TimerArgs,
  operation: OperationName,
  type: LogType,
  next: (current: TimerView | null, handle: SectionHandle) => Result<{ timer: TimerView; durationMs?: number }>,
): Result<TimerView> {
  const found = requireLeadPowers(doc, args.sectionId, args.by, 'run its timer');
  if (!found.ok) return found;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const result = next(found.value.view.timer, found.value);
  if (!result.ok) return result;
  const { timer, durationMs } = result.value;
  doc.transact(() => {
    found.value.map.set('timer', { ...timer });
    appendLog(doc, { at: args.at, by: args.by, type, sectionId: args.sectionId, durationMs });
  }, new LocalOrigin(operation));
  return ok(timer);
}

/** Starts (or restarts) the timer for `durationMs` (1 s .. 24 h) from `at`. */
export function startTimer(doc: Y.Doc, args: TimerArgs & { durationMs: number }): Result<TimerView> {
  const duration = checkDuration(args.durationMs, 'a timer duration');
  if (!duration.ok) return duration;
  return writeTimer(doc, args, 'startTimer', 'timer.started', () =>
    ok({ timer: { state: 'running', durationMs: duration.value, startedAt: args.at, pausedRemainingMs: null }, durationMs: duration.value }),
  );
}

/** Pauses a running timer, keeping the time left at `at`. */
export function pauseTimer(doc: Y.Doc, args: TimerArgs): Result<TimerView> {
  return writeTimer(doc, args, 'pauseTimer', 'timer.paused', (timer) => {
    if (timer?.state !== 'running') return fail('the timer is not running');
    return ok({ timer: { state: 'paused', durationMs: timer.durationMs, startedAt: null, pausedRemainingMs: remainingMs(timer, args.at) } });
  });
}

/** Resumes a paused timer from the time it had left. */
export function resumeTimer(doc: Y.Doc, args: TimerArgs): Result<TimerView> {
  return writeTimer(doc, args, 'resumeTimer', 'timer.resumed', (timer) => {
    if (timer?.state !== 'paused') return fail('the timer is not paused');
    const left = remainingMs(timer, args.at);
    return ok({ timer: { state: 'running', durationMs: timer.durationMs, startedAt: args.at - (timer.durationMs - left), pausedRemainingMs: null } });
  });
}

/**
 * Adds `ms` (1 s .. 24 h, e.g. a minute) to the timer's time left. A running timer that had
 * run out restarts with just `ms`. The total may not exceed 24 h.
 */
export function addTime(doc: Y.Doc, args: TimerArgs & { ms: number }): Result<TimerView> {
  const extra = checkDuration(args.ms, 'the time added');
  if (!extra.ok) return extra;
  const ms = extra.value;
  return writeTimer(doc, args, 'addTime', 'timer.extended', (timer) => {
    if (timer === null) return fail('there is no timer to add time to');
    let next: TimerView;
    if (timer.state === 'running' && remainingMs(timer, args.at) === 0) {
      next = { state: 'running', durationMs: ms, startedAt: args.at, pausedRemainingMs: null };
    } else if (timer.state === 'paused') {
      next = { ...timer, durationMs: timer.durationMs + ms, pausedRemainingMs: (timer.pausedRemainingMs ?? 0) + ms };
    } else {
      next = { ...timer, durationMs: timer.durationMs + ms };
    }
    if (next.durationMs > MAX_TIMER_MS) return fail('a timer runs at most 24 hours');
    return ok({ timer: next, durationMs: ms });
  });
}

/** Stops the timer and sets it back to its full duration (state 'idle'). */
export function resetTimer(doc: Y.Doc, args: TimerArgs): Result<TimerView> {
  return writeTimer(doc, args, 'resetTimer', 'timer.reset', (timer) => {
    if (timer === null) return fail('there is no timer to reset');
    if (timer.state === 'idle') return fail('the timer is already reset');
    return ok({ timer: { state: 'idle', durationMs: timer.durationMs, startedAt: null, pausedRemainingMs: null } });
  });
}
