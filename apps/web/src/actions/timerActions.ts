/**
 * The shared section timer (a lead power). Every time written is relay-corrected (`ctx.now()`),
 * so a device whose clock is off still starts the same timer for everyone.
 */
import { addTime as addTimeOperation, pauseTimer as pauseOperation, resetTimer as resetOperation, resumeTimer as resumeOperation, startTimer as startOperation, type TimerView } from '@roundtable/model';
import { OK, leadPowers, no } from './availability.js';
import type { SectionTarget } from './agendaActions.js';
import { register } from './registry.js';
import type { ActionContext, Availability } from './types.js';

const VERB = 'run its timer';

/** Lead powers over the timer, then `when(timer)`: null when fine, else the reason. */
function timerCheck(ctx: ActionContext, sectionId: string, when: (timer: TimerView | null) => string | null): Availability {
  const powers = leadPowers(ctx, sectionId, VERB);
  if (!powers.ok) return no(powers.reason);
  const problem = when(powers.section.timer);
  return problem === null ? OK : no(problem);
}

const args = (ctx: ActionContext, sectionId: string) => ({ sectionId, by: ctx.member!.id, at: ctx.now() });

/** Starts (or restarts) the timer for `durationMs`. */
export const startTimer = register<SectionTarget, { durationMs: number }, TimerView>({
  name: 'startTimer',
  label: () => 'Start',
  available: (ctx, { sectionId }) => timerCheck(ctx, sectionId, () => null),
  perform: (ctx, { sectionId }, { durationMs }) => startOperation(ctx.doc, { ...args(ctx, sectionId), durationMs }),
});

/** Pauses a running timer. */
export const pauseTimer = register<SectionTarget, void, TimerView>({
  name: 'pauseTimer',
  label: () => 'Pause',
  available: (ctx, { sectionId }) => timerCheck(ctx, sectionId, (t) => (t?.state === 'running' ? null : 'The timer is not running')),
  perform: (ctx, { sectionId }) => pauseOperation(ctx.doc, args(ctx, sectionId)),
});

/** Resumes a paused timer. */
export const resumeTimer = register<SectionTarget, void, TimerView>({
  name: 'resumeTimer',
  label: () => 'Resume',
  available: (ctx, { sectionId }) => timerCheck(ctx, sectionId, (t) => (t?.state === 'paused' ? null : 'The timer is not paused')),
  perform: (ctx, { sectionId }) => resumeOperation(ctx.doc, args(ctx, sectionId)),
});

/** Adds `ms` to the timer. */
export const addTime = register<SectionTarget, { ms: number }, TimerView>({
  name: 'addTime',
  label: () => '+1 min',
  available: (ctx, { sectionId }) => timerCheck(ctx, sectionId, (t) => (t ? null : 'Start the timer first')),
  perform: (ctx, { sectionId }, { ms }) => addTimeOperation(ctx.doc, { ...args(ctx, sectionId), ms }),
});

/** Resets the timer to its full duration, stopped. */
export const resetTimer = register<SectionTarget, void, TimerView>({
  name: 'resetTimer',
  label: () => 'Reset',
  available: (ctx, { sectionId }) => timerCheck(ctx, sectionId, (t) => (t === null ? 'Start the timer first' : t.state === 'idle' ? 'The timer is already reset' : null)),
  perform: (ctx, { sectionId }) => resetOperation(ctx.doc, args(ctx, sectionId)),
});
