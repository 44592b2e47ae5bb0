import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { splitState } from './splitState.js';

/** A small deterministic PRNG, so a failure replays. */
function random(seed: number): () => number {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

/** Three peers editing one text, one map and one array concurrently, syncing at random: references cross clients everywhere. */
function coEdited(seed: number, rounds: number): Y.Doc {
  const next = random(seed);
  const peers = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  for (let round = 0; round < rounds; round++) {
    for (const doc of peers) {
      const text = doc.getText('text');
      const at = Math.floor(next() * (text.length + 1));
      if (next() < 0.3 && text.length > 5) text.delete(Math.min(at, text.length - 3), 3);
      else text.insert(at, `w${round}-${Math.floor(next() * 1000)} `);
      doc.getMap('map').set(`k${Math.floor(next() * 20)}`, { round, note: 'x'.repeat(Math.floor(next() * 50)) });
      const list = doc.getArray<string>('list');
      if (next() < 0.2 && list.length > 0) list.delete(Math.floor(next() * list.length));
      else list.insert(Math.floor(next() * (list.length + 1)), [`i${round}`]);
    }
    if (next() < 0.5) {
      const [a, b] = [peers[Math.floor(next() * 3)]!, peers[Math.floor(next() * 3)]!];
      Y.applyUpdate(b, Y.encodeStateAsUpdate(a, Y.encodeStateVector(b)));
    }
  }
  const merged = new Y.Doc();
  for (const doc of peers) Y.applyUpdate(merged, Y.encodeStateAsUpdate(doc));
  return merged;
}

const content = (doc: Y.Doc) => ({ text: doc.getText('text').toString(), map: doc.getMap('map').toJSON(), list: doc.getArray('list').toJSON() });

describe('splitState', () => {
  it.each([1, 2, 3])('splits a co-edited document into parts that each integrate completely (seed %i)', (seed) => {
    const source = coEdited(seed, 300);
    const parts = splitState(source, undefined, 2000);
    expect(parts.length).toBeGreaterThan(10);
    const target = new Y.Doc();
    for (const part of parts) {
      Y.applyUpdate(target, part);
      // Nothing waits for a later part.
      expect(target.store.pendingStructs).toBeNull();
    }
    expect(content(target)).toEqual(content(source));
    expect(Y.encodeStateVector(target)).toEqual(Y.encodeStateVector(source));
    // The deletions arrived too (last part): the snapshots agree.
    expect(Y.equalSnapshots(Y.snapshot(target), Y.snapshot(source))).toBe(true);
  });

  it('gives a peer that has part of the document only what it lacks', () => {
    const source = coEdited(7, 200);
    // The peer has the first half of the structs (a client that was offline for a while).
    const all = splitState(source, undefined, 1500);
    const peer = new Y.Doc();
    for (const part of all.slice(0, all.length >> 1)) Y.applyUpdate(peer, part);
    const parts = splitState(source, Y.encodeStateVector(peer), 1500);
    expect(parts.length).toBeLessThan(all.length);
    for (const part of parts) {
      Y.applyUpdate(peer, part);
      expect(peer.store.pendingStructs).toBeNull();
    }
    expect(content(peer)).toEqual(content(source));
  });

  it('keeps parts near the size asked for; a single larger struct stays whole', () => {
    const doc = new Y.Doc();
    for (let i = 0; i < 200; i++) doc.getText('t').insert(0, 'y'.repeat(100));
    doc.getMap('m').set('big', 'z'.repeat(20_000));
    const parts = splitState(doc, undefined, 4000);
    const sizes = parts.map((p) => p.byteLength).sort((a, b) => b - a);
    expect(sizes[0]).toBeGreaterThan(20_000);
    expect(sizes[1]).toBeLessThanOrEqual(4000);
    const copy = new Y.Doc();
    for (const part of parts) Y.applyUpdate(copy, part);
    expect(copy.getText('t').toString()).toBe(doc.getText('t').toString());
  });

  it('sends the rest of a struct the peer has the start of', () => {
    const source = new Y.Doc();
    source.clientID = 1;
    source.getText('t').insert(0, 'hello');
    const peer = new Y.Doc();
    Y.applyUpdate(peer, Y.encodeStateAsUpdate(source));
    source.getText('t').insert(5, ' world');
    // One item in the source's store now holds all eleven characters; the peer has the first five.
    expect(source.store.clients.get(1)).toHaveLength(1);
    const parts = splitState(source, Y.encodeStateVector(peer), 1000);
    expect(Y.decodeUpdate(parts[0] as Uint8Array).structs.map((s) => [s.id.clock, s.length])).toEqual([[5, 6]]);
    for (const part of parts) Y.applyUpdate(peer, part);
    expect(peer.getText('t').toString()).toBe('hello world');
    expect(peer.store.pendingStructs).toBeNull();
  });

  it('sends a document holding structs that wait for missing ones whole, as one part', () => {
    const writer = new Y.Doc();
    writer.getText('t').insert(0, 'first');
    const first = Y.encodeStateAsUpdate(writer);
    writer.getText('t').insert(5, ' second');
    const second = Y.encodeStateAsUpdate(writer, Y.encodeStateVectorFromUpdate(first));
    const relay = new Y.Doc();
    Y.applyUpdate(relay, second);
    expect(relay.store.pendingStructs).not.toBeNull();
    const parts = splitState(relay, undefined, 10);
    expect(parts).toHaveLength(1);
    const reader = new Y.Doc();
    Y.applyUpdate(reader, first);
    Y.applyUpdate(reader, parts[0] as Uint8Array);
    expect(reader.getText('t').toString()).toBe('first second');
  });
});

