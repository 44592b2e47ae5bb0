import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { upsertMember } from './members.js';
import { selectMembers } from './readers.js';
import { createPeers, snapshot } from '../testing/peers.js';

describe('upsertMember', () => {
  it('adds a member, then updates name, colour and last seen but keeps first seen', () => {
    const doc = new Y.Doc();
    expect(upsertMember(doc, { id: 'member-1', name: 'Ada', color: '#ff0000', at: 10 }).ok).toBe(true);
    expect(upsertMember(doc, { id: 'member-1', name: ' Ada  L ', color: '#00ff00', at: 20 }).ok).toBe(true);
    expect(selectMembers(doc)).toEqual([{ id: 'member-1', name: 'Ada L', color: '#00ff00', firstSeen: 10, lastSeen: 20 }]);
  });

  it('refuses a bad id, empty name or bad colour without writing', () => {
    const doc = new Y.Doc();
    expect(upsertMember(doc, { id: 'x', name: 'Ada', color: '#ff0000', at: 1 }).ok).toBe(false);
    expect(upsertMember(doc, { id: 'member-1', name: '  ', color: '#ff0000', at: 1 }).ok).toBe(false);
    expect(upsertMember(doc, { id: 'member-1', name: 'Ada', color: 'red', at: 1 }).ok).toBe(false);
    expect(doc.getMap('members').size).toBe(0);
  });

  it('converges when peers upsert at once', () => {
    for (const seed of [7, 8, 9]) {
      const peers = createPeers(3);
      peers.docs.forEach((doc, i) => upsertMember(doc, { id: 'member-shared', name: `Name ${i}`, color: '#123456', at: i }));
      peers.docs.forEach((doc, i) => upsertMember(doc, { id: `member-${i}xxxx`, name: `Own ${i}`, color: '#654321', at: 1 }));
      peers.deliverShuffled(seed);
      const [a, b, c] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      expect(snapshot(b)).toEqual(snapshot(a));
      expect(snapshot(c)).toEqual(snapshot(a));
      expect(selectMembers(a)).toHaveLength(4);
    }
  });
});
