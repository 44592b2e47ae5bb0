import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { estimateClockOffset } from '../core/clock.js';
import { takeLead } from './leadership.js';
import { selectLog } from '../core/readers.js';
import { MAX_TIMER_MS, selectSection } from './readers.js';
import { addTime, pauseTimer, remainingMs, resetTimer, resumeTimer, startTimer } from './timer.js';
import { MEMBERS, boardWithMembers, seeded } from '../testing/board.js';
import { createPeers, snapshot } from '../testing/peers.js';

const [A, B] = MEMBERS;
const MINUTE = 60_000;
const T0 = 1_700_000_000_000;

function timerOf(doc: Y.Doc, sectionId: string) {
  const timer = selectSection(doc, sectionId)?.timer;
  if (!timer) throw new Error('expected a timer');
  return timer;
}

describe('section timer', () => {
  it('starts, counts down and stops at zero', () => {
    const { doc, sectionId } = boardWithMembers();
    expect(startTimer(doc, { sectionId, by: A, at: T0, durationMs: 5 * MINUTE }).ok).toBe(true);
    const timer = timerOf(doc, sectionId);
    expect(timer).toEqual({ state: 'running', durationMs: 5 * MINUTE, startedAt: T0, pausedRemainingMs: null });
    expect(remainingMs(timer, T0 + MINUTE)).toBe(4 * MINUTE);
    expect(remainingMs(timer, T0 + 10 * MINUTE)).toBe(0);
    expect(remainingMs(timer, T0 - MINUTE)).toBe(5 * MINUTE);
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'timer.started', by: A, at: T0, durationMs: 5 * MINUTE, sectionId });
  });

  it('pauses, resumes from the time left, adds a minute and resets', () => {
    const { doc, sectionId } = boardWithMembers();
    startTimer(doc, { sectionId, by: A, at: T0, durationMs: 5 * MINUTE });
    expect(pauseTimer(doc, { sectionId, by: A, at: T0 + 2 * MINUTE }).ok).toBe(true);
    expect(remainingMs(timerOf(doc, sectionId), T0 + 60 * MINUTE)).toBe(3 * MINUTE);
    expect(addTime(doc, { sectionId, by: A, at: T0 + 3 * MINUTE, ms: MINUTE }).ok).toBe(true);
    expect(remainingMs(timerOf(doc, sectionId), T0 + 60 * MINUTE)).toBe(4 * MINUTE);
    expect(resumeTimer(doc, { sectionId, by: A, at: T0 + 10 * MINUTE }).ok).toBe(true);
    expect(remainingMs(timerOf(doc, sectionId), T0 + 11 * MINUTE)).toBe(3 * MINUTE);
    expect(addTime(doc, { sectionId, by: A, at: T0 + 11 * MINUTE, ms: MINUTE }).ok).toBe(true);
    expect(remainingMs(timerOf(doc, sectionId), T0 + 11 * MINUTE)).toBe(4 * MINUTE);
    expect(resetTimer(doc, { sectionId, by: A, at: T0 + 12 * MINUTE }).ok).toBe(true);
    expect(timerOf(doc, sectionId)).toEqual({ state: 'idle', durationMs: 7 * MINUTE, startedAt: null, pausedRemainingMs: null });
    expect(remainingMs(timerOf(doc, sectionId), T0 + 99 * MINUTE)).toBe(7 * MINUTE);
    expect(selectLog(doc).filter((e) => e.type.startsWith('timer.')).map((e) => e.type)).toEqual([
      'timer.started',
      'timer.paused',
      'timer.extended',
      'timer.resumed',
      'timer.extended',
      'timer.reset',
    ]);
  });

  it('adding time to a timer that ran out restarts it with that time', () => {
    const { doc, sectionId } = boardWithMembers();
    startTimer(doc, { sectionId, by: A, at: T0, durationMs: MINUTE });
    addTime(doc, { sectionId, by: A, at: T0 + 30 * MINUTE, ms: MINUTE });
    expect(remainingMs(timerOf(doc, sectionId), T0 + 30 * MINUTE + 1_000)).toBe(59_000);
  });

  it('is a lead power once someone leads', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    expect(startTimer(doc, { sectionId, by: B, at: T0, durationMs: MINUTE })).toEqual({
      ok: false,
      error: 'only the lead of this section can run its timer',
    });
  });

  it('refuses negative, tiny, absurd or non-numeric durations and impossible steps, leaving the document unchanged', () => {
    const { doc, sectionId } = boardWithMembers();
    const before = Y.encodeStateVector(doc);
    for (const durationMs of [-MINUTE, 0, 999, MAX_TIMER_MS + 1, Number.NaN, Number.POSITIVE_INFINITY, '60000' as unknown as number]) {
      expect(startTimer(doc, { sectionId, by: A, at: T0, durationMs }).ok).toBe(false);
    }
    expect(startTimer(doc, { sectionId, by: A, at: T0, durationMs: 25 * 60 * MINUTE })).toEqual({
      ok: false,
      error: 'a timer duration must be between 1 second and 24 hours',
    });
    expect(startTimer(doc, { sectionId, by: A, at: Number.NaN, durationMs: MINUTE }).ok).toBe(false);
    expect(pauseTimer(doc, { sectionId, by: A, at: T0 })).toEqual({ ok: false, error: 'the timer is not running' });
    expect(resumeTimer(doc, { sectionId, by: A, at: T0 })).toEqual({ ok: false, error: 'the timer is not paused' });
    expect(addTime(doc, { sectionId, by: A, at: T0, ms: MINUTE }).ok).toBe(false);
    expect(resetTimer(doc, { sectionId, by: A, at: T0 }).ok).toBe(false);
    expect(startTimer(doc, { sectionId: 'nope', by: A, at: T0, durationMs: MINUTE }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);

    startTimer(doc, { sectionId, by: A, at: T0, durationMs: 23 * 60 * MINUTE });
    const running = Y.encodeStateVector(doc);
    expect(addTime(doc, { sectionId, by: A, at: T0, ms: -MINUTE }).ok).toBe(false);
    expect(addTime(doc, { sectionId, by: A, at: T0, ms: 2 * 60 * MINUTE })).toEqual({ ok: false, error: 'a timer runs at most 24 hours' });
    expect(resumeTimer(doc, { sectionId, by: A, at: T0 }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(running);
  });

  it('converges when peers pause, extend and restart at once', () => {
    for (const seed of [1, 2, 3, 4]) {
      const { doc, sectionId } = boardWithMembers();
      startTimer(doc, { sectionId, by: A, at: T0, durationMs: 5 * MINUTE });
      const { docs, deliverShuffled } = createPeers(3, doc);
      expect(pauseTimer(docs[0]!, { sectionId, by: A, at: T0 + MINUTE }).ok).toBe(true);
      expect(addTime(docs[1]!, { sectionId, by: B, at: T0 + MINUTE, ms: MINUTE }).ok).toBe(true);
      expect(startTimer(docs[2]!, { sectionId, by: MEMBERS[2], at: T0 + MINUTE, durationMs: 10 * MINUTE }).ok).toBe(true);
      deliverShuffled(seed);
      expect(snapshot(docs[1]!)).toEqual(snapshot(docs[0]!));
      expect(snapshot(docs[2]!)).toEqual(snapshot(docs[0]!));
      // One whole timer won (never a mix of two): remaining is one of the three outcomes.
      expect([4 * MINUTE, 5 * MINUTE, 10 * MINUTE]).toContain(remainingMs(timerOf(docs[0]!, sectionId), T0 + MINUTE));
    }
  });
});

describe('shared remaining time across skewed clocks', () => {
  it('two devices minutes apart agree within 250 ms after estimating their offset from the relay', () => {
    const random = seeded(11);
    // True (relay) time is T; device clocks read T + skew.
    const devices = [{ skew: -4 * MINUTE }, { skew: 3 * MINUTE + 123 }];
    const offsets = devices.map(({ skew }) => {
      let trueTime = T0;
      const samples = Array.from({ length: 5 }, () => {
        const up = 20 + random() * 300; // asymmetric network delays
        const down = 20 + random() * 300;
        const sentAt = trueTime + skew;
        const serverNow = trueTime + up;
        const receivedAt = trueTime + up + down + skew;
        trueTime += 1_000;
        return { sentAt, serverNow, receivedAt };
      });
      return estimateClockOffset(samples)!.offsetMs;
    });
    const corrected = (device: number, trueTime: number) => trueTime + devices[device]!.skew + offsets[device]!;

    const { doc, sectionId } = boardWithMembers();
    const { docs, deliverShuffled } = createPeers(2, doc);
    startTimer(docs[0]!, { sectionId, by: A, at: corrected(0, T0 + 10_000), durationMs: 5 * MINUTE });
    deliverShuffled(1);
    for (const trueTime of [T0 + 10_000, T0 + 70_000, T0 + 250_000]) {
      const a = remainingMs(timerOf(docs[0]!, sectionId), corrected(0, trueTime));
      const b = remainingMs(timerOf(docs[1]!, sectionId), corrected(1, trueTime));
      expect(Math.abs(a - b)).toBeLessThan(250);
      expect(Math.abs(a - (5 * MINUTE - (trueTime - T0 - 10_000)))).toBeLessThan(250);
    }
  });
});
