/**
 * Every `at` written to the board is relay-corrected time handed in by the caller: an
 * operation that stamps a time refuses to run without one (the model never reads a clock).
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createUndoManager, redo, undo } from './core/undo.js';
import { upsertMember } from './core/members.js';
import { selectLog } from './core/readers.js';
import { addSection, removeSection } from './sections/agenda.js';
import { createBoard, renameBoard } from './sections/board.js';
import { acceptLead, declineLead, offerLead, stepBack, takeLead } from './sections/leadership.js';
import { nextPhase, previousPhase, setPhase } from './sections/phases.js';
import { endSpotlight, startSpotlight } from './sections/spotlight.js';
import { addTime, pauseTimer, resetTimer, resumeTimer, startTimer } from './sections/timer.js';
import { MEMBERS, boardWithMembers } from './testing/board.js';

const [A, B] = MEMBERS;
const REFUSED = { ok: false, error: 'an operation needs the (relay-corrected) time it happens at' };

describe('relay-corrected time', () => {
  it('every operation that stamps a time refuses a missing or bad `at` and writes nothing', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 10 });
    offerLead(doc, { sectionId, by: A, to: B, at: 11 });
    startTimer(doc, { sectionId, by: A, durationMs: 60_000, at: 12 });
    startSpotlight(doc, { sectionId, by: A, at: 13 });
    const before = Y.encodeStateVector(doc);
    for (const at of [undefined, Number.NaN, Number.POSITIVE_INFINITY, -1, '5']) {
      const t = at as unknown as number;
      const calls = [
        pauseTimer(doc, { sectionId, by: A, at: t }),
        resumeTimer(doc, { sectionId, by: A, at: t }),
        addTime(doc, { sectionId, by: A, ms: 60_000, at: t }),
        resetTimer(doc, { sectionId, by: A, at: t }),
        startTimer(doc, { sectionId, by: A, durationMs: 60_000, at: t }),
        createBoard(new Y.Doc(), { title: 'x', at: t }),
        renameBoard(doc, { title: 'x', by: A, at: t }),
        addSection(doc, { kind: 'purpose', title: 'x', by: A, at: t }),
        removeSection(doc, { sectionId, by: A, at: t }),
        upsertMember(doc, { id: 'member-d', name: 'D', color: '#123456', at: t }),
        takeLead(doc, { sectionId, by: B, at: t }),
        offerLead(doc, { sectionId, by: A, to: B, at: t }),
        acceptLead(doc, { sectionId, by: B, at: t }),
        declineLead(doc, { sectionId, by: B, at: t }),
        stepBack(doc, { sectionId, by: A, at: t }),
        setPhase(doc, { sectionId, by: A, phase: 'vote', at: t }),
        nextPhase(doc, { sectionId, by: A, at: t }),
        previousPhase(doc, { sectionId, by: A, at: t }),
        startSpotlight(doc, { sectionId, by: A, at: t }),
        endSpotlight(doc, { by: A, at: t }),
      ];
      for (const result of calls) expect(result).toEqual(REFUSED);
    }
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('undo and redo refuse a missing time before reverting anything', () => {
    const { doc, sectionId } = boardWithMembers();
    const manager = createUndoManager(doc);
    takeLead(doc, { sectionId, by: A, at: 10 });
    const before = Y.encodeStateVector(doc);
    expect(undo(manager, { by: A } as never)).toEqual(REFUSED);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    expect(undo(manager, { by: A, at: 20 }).ok).toBe(true);
    expect(redo(manager, { by: A, at: Number.NaN })).toEqual(REFUSED);
    expect(redo(manager, { by: A, at: 30 }).ok).toBe(true);
    expect(selectLog(doc).slice(-2).map((e) => [e.type, e.at])).toEqual([['undo', 20], ['redo', 30]]);
  });
});
