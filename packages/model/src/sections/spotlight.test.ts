import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { takeLead } from './leadership.js';
import { removeSection } from './agenda.js';
import { selectLog } from '../core/readers.js';
import { endSpotlight, selectSpotlight, startSpotlight } from './spotlight.js';
import { MEMBERS, boardWithMembers } from '../testing/board.js';
import { createPeers, snapshot } from '../testing/peers.js';

const [A, B, C] = MEMBERS;

describe('spotlight', () => {
  it('asks everyone to follow to a section, then ends', () => {
    const { doc, sectionId } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    expect(startSpotlight(doc, { sectionId, by: A, at: 7 }).ok).toBe(true);
    expect(selectSpotlight(doc)).toEqual({ sectionId, by: A, at: 7 });
    expect(endSpotlight(doc, { by: A, at: 8 }).ok).toBe(true);
    expect(selectSpotlight(doc)).toBeNull();
    expect(selectLog(doc).slice(-2)).toMatchObject([
      { type: 'spotlight.started', by: A, sectionId, at: 7 },
      { type: 'spotlight.ended', by: A, sectionId, at: 8 },
    ]);
  });

  it('is a lead power: only the lead spotlights a led section; the lead or its starter ends it', () => {
    const { doc, sectionId, sectionIds } = boardWithMembers();
    takeLead(doc, { sectionId, by: A, at: 1 });
    const before = Y.encodeStateVector(doc);
    expect(startSpotlight(doc, { sectionId, by: B, at: 1 })).toEqual({ ok: false, error: 'only the lead of this section can spotlight it' });
    expect(startSpotlight(doc, { sectionId: 'nope', by: A, at: 1 }).ok).toBe(false);
    expect(endSpotlight(doc, { by: A, at: 1 })).toEqual({ ok: false, error: 'nothing is spotlighted' });
    expect(Y.encodeStateVector(doc)).toEqual(before);
    // B spotlights a section nobody leads; A (not its lead, nobody is) may end it too.
    expect(startSpotlight(doc, { sectionId: sectionIds[0]!, by: B, at: 1 }).ok).toBe(true);
    takeLead(doc, { sectionId: sectionIds[0]!, by: C, at: 1 });
    const led = Y.encodeStateVector(doc);
    expect(endSpotlight(doc, { by: A, at: 1 })).toEqual({ ok: false, error: 'only the lead of the spotlighted section can end the spotlight' });
    expect(Y.encodeStateVector(doc)).toEqual(led);
    expect(endSpotlight(doc, { by: B, at: 1 }).ok).toBe(true);
  });

  it('reads as none once its section is removed', () => {
    const { doc, sectionId } = boardWithMembers();
    startSpotlight(doc, { sectionId, by: A, at: 1 });
    removeSection(doc, { sectionId, by: A, at: 1 });
    expect(selectSpotlight(doc)).toBeNull();
    expect(endSpotlight(doc, { by: B, at: 1 }).ok).toBe(true);
  });

  it('converges when two leads spotlight at once', () => {
    for (const seed of [1, 2, 3]) {
      const { doc, sectionIds } = boardWithMembers();
      const { docs, deliverShuffled } = createPeers(2, doc);
      startSpotlight(docs[0]!, { sectionId: sectionIds[0]!, by: A, at: 1 });
      startSpotlight(docs[1]!, { sectionId: sectionIds[2]!, by: B, at: 1 });
      deliverShuffled(seed);
      expect(snapshot(docs[1]!)).toEqual(snapshot(docs[0]!));
      expect(selectSpotlight(docs[0]!)).toEqual(selectSpotlight(docs[1]!));
      expect(selectLog(docs[0]!).filter((e) => e.type === 'spotlight.started')).toHaveLength(2);
    }
  });
});
