import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { takeLead } from '../sections/leadership.js';
import { nextPhase } from '../sections/phases.js';
import { renameSection } from '../sections/agenda.js';
import { upsertMember } from './members.js';
import { selectSection } from '../sections/readers.js';
import { selectLog, selectMembers } from './readers.js';
import { startTimer } from '../sections/timer.js';
import { createUndoManager, nextUndoOperation, redo, undo } from './undo.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { createPeers, snapshot } from '../testing/peers.js';

const [A, B] = MEMBERS;

function twoPeers() {
  const { doc, sectionIds } = boardWithMembers();
  const peers = createPeers(2, doc);
  const [a, b] = peers.docs as [Y.Doc, Y.Doc];
  return { ...peers, a, b, sectionIds, undoA: createUndoManager(a), undoB: createUndoManager(b) };
}

describe('undo', () => {
  it("reverts the member's own change but not another member's concurrent change", () => {
    const { a, b, undoA, deliverShuffled, sectionIds } = twoPeers();
    const [first, second] = sectionIds as [string, string];
    renameSection(a, first, 'Renamed by A');
    renameSection(b, second, 'Renamed by B');
    deliverShuffled(1);
    expect(undo(undoA, { by: A, at: 1 })).toEqual({ ok: true, value: 'renameSection' });
    deliverShuffled(2);
    for (const doc of [a, b]) {
      expect(selectSection(doc, first)?.title).toBe('Shared purpose');
      expect(selectSection(doc, second)?.title).toBe('Renamed by B');
    }
    expect(redo(undoA, { by: A, at: 1 })).toEqual({ ok: true, value: 'renameSection' });
    deliverShuffled(3);
    expect(selectSection(b, first)?.title).toBe('Renamed by A');
    expect(snapshot(a)).toEqual(snapshot(b));
  });

  it('never restores a value someone else has overwritten since', () => {
    const { a, b, undoA, deliverShuffled, sectionIds } = twoPeers();
    const section = sectionIds[1]!;
    takeLead(a, { sectionId: section, by: A, at: 1 });
    deliverShuffled(1);
    takeLead(b, { sectionId: section, by: B, at: 1 });
    deliverShuffled(2);
    undo(undoA, { by: A, at: 1 });
    deliverShuffled(3);
    expect(selectSection(a, section)?.lead).toBe(B);
    expect(selectSection(b, section)?.lead).toBe(B);
  });

  it('keeps the log: undoing a take restores the lead, keeps its record and logs the undo', () => {
    const { a, undoA, sectionIds } = twoPeers();
    const section = sectionIds[1]!;
    takeLead(a, { sectionId: section, by: A, at: 1 });
    nextPhase(a, { sectionId: section, by: A, at: 1 });
    expect(nextUndoOperation(undoA)).toBe('nextPhase');
    expect(undo(undoA, { by: A, at: 50 })).toEqual({ ok: true, value: 'nextPhase' });
    expect(undo(undoA, { by: A, at: 51 })).toEqual({ ok: true, value: 'takeLead' });
    expect(selectSection(a, section)).toMatchObject({ lead: null, phase: 'write' });
    expect(selectLog(a).slice(-4).map((e) => [e.type, e.detail])).toEqual([
      ['lead.taken', undefined],
      ['phase.changed', 'reveal'],
      ['undo', 'nextPhase'],
      ['undo', 'takeLead'],
    ]);
    expect(nextUndoOperation(undoA, 'redo')).toBe('takeLead');
    expect(redo(undoA, { by: A, at: 1 }).ok).toBe(true);
    expect(selectSection(a, section)?.lead).toBe(A);
    expect(undo(undoA, { by: A, at: 1 }).ok).toBe(true);
    expect(undo(undoA, { by: A, at: 1 })).toEqual({ ok: false, error: 'nothing to undo' });
  });

  it('makes each operation one step, even in quick succession, and ignores remote changes', () => {
    const { a, b, undoA, undoB, deliverShuffled, sectionIds } = twoPeers();
    const section = sectionIds[1]!;
    startTimer(a, { sectionId: section, by: A, at: 1, durationMs: 60_000 });
    renameSection(a, section, 'One');
    renameSection(a, section, 'Two');
    deliverShuffled(1);
    expect(undoA.undoStack).toHaveLength(3);
    expect(undoB.undoStack).toHaveLength(0);
    expect(undo(undoB, { by: B, at: 1 }).ok).toBe(false);
    undo(undoA, { by: A, at: 1 });
    expect(selectSection(a, section)?.title).toBe('One');
    expect(selectSection(a, section)?.timer?.state).toBe('running');
  });
});

describe('undo scope', () => {
  it('never captures member bookkeeping: undo cannot unregister a member', () => {
    const { a, undoA, sectionIds } = twoPeers();
    upsertMember(a, { id: 'newcomer-1', name: 'Newcomer', color: '#123456', at: 1 });
    expect(undoA.canUndo()).toBe(false);
    renameSection(a, sectionIds[0]!, 'Renamed');
    upsertMember(a, { id: 'newcomer-1', name: 'Newcomer', color: '#654321', at: 1 });
    expect(nextUndoOperation(undoA)).toBe('renameSection');
    undo(undoA, { by: A, at: 1 });
    expect(selectMembers(a).find((m) => m.id === 'newcomer-1')?.color).toBe('#654321');
    expect(selectSection(a, sectionIds[0]!)?.title).toBe('Shared purpose');
  });
});
