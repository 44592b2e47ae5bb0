import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { takeLead } from './leadership.js';
import { nextPhase, phasesOf, previousPhase, setPhase } from './phases.js';
import { selectLog } from '../core/readers.js';
import { selectSection } from './readers.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { createPeers, snapshot } from '../testing/peers.js';

const [A, B] = MEMBERS;

describe('phases', () => {
  it('walk forward and back through the kind\'s list, logging each change', () => {
    const { doc, sectionId } = boardWithMembers();
    expect(phasesOf('brainstorm')).toEqual(['write', 'reveal', 'cluster', 'vote', 'results']);
    expect(nextPhase(doc, { sectionId, by: A, at: 5 })).toEqual({ ok: true, value: 'reveal' });
    expect(setPhase(doc, { sectionId, by: A, phase: 'vote', at: 1 })).toEqual({ ok: true, value: 'vote' });
    expect(previousPhase(doc, { sectionId, by: B, at: 1 })).toEqual({ ok: true, value: 'cluster' });
    expect(selectSection(doc, sectionId)?.phase).toBe('cluster');
    expect(selectLog(doc).filter((e) => e.type === 'phase.changed').map((e) => [e.by, e.detail])).toEqual([
      [A, 'reveal'],
      [A, 'vote'],
      [B, 'cluster'],
    ]);
  });

  it('are a lead power once someone leads', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    expect(nextPhase(doc, { sectionId, by: B, at: 1 })).toEqual({ ok: false, error: 'only the lead of this section can change its phase' });
    expect(nextPhase(doc, { sectionId, by: A, at: 1 }).ok).toBe(true);
  });

  it('refuse a phase beyond the list, an unknown phase or section, and leave the document unchanged', () => {
    const { doc, sectionId, sectionIds } = boardWithMembers();
    const before = Y.encodeStateVector(doc);
    expect(previousPhase(doc, { sectionId, by: A, at: 1 })).toEqual({ ok: false, error: 'the section is already in its first phase' });
    expect(setPhase(doc, { sectionId, by: A, phase: 'decide', at: 1 }).ok).toBe(false); // an agreement phase
    expect(setPhase(doc, { sectionId, by: A, phase: 'write', at: 1 }).ok).toBe(false); // already there
    expect(setPhase(doc, { sectionId: 'nope', by: A, phase: 'write', at: 1 }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
    const agreement = sectionIds[2]!;
    setPhase(doc, { sectionId: agreement, by: A, phase: 'decide', at: 1 });
    const atEnd = Y.encodeStateVector(doc);
    expect(nextPhase(doc, { sectionId: agreement, by: A, at: 1 })).toEqual({ ok: false, error: 'the section is already in its last phase' });
    expect(Y.encodeStateVector(doc)).toEqual(atEnd);
  });

  it('converge when peers move the phase at once', () => {
    for (const seed of [1, 2, 3]) {
      const { doc, sectionId } = boardWithMembers();
      const { docs, deliverShuffled } = createPeers(3, doc);
      nextPhase(docs[0]!, { sectionId, by: A, at: 1 });
      setPhase(docs[1]!, { sectionId, by: B, phase: 'vote', at: 1 });
      nextPhase(docs[2]!, { sectionId, by: MEMBERS[2], at: 1 });
      deliverShuffled(seed);
      expect(snapshot(docs[1]!)).toEqual(snapshot(docs[0]!));
      expect(snapshot(docs[2]!)).toEqual(snapshot(docs[0]!));
      expect(['reveal', 'vote']).toContain(selectSection(docs[0]!, sectionId)?.phase);
      expect(selectLog(docs[0]!).filter((e) => e.type === 'phase.changed')).toHaveLength(3);
    }
  });
});
