import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { migrate } from './migrations.js';
import { SCHEMA_VERSION } from './schema.js';
import { selectMeta } from './readers.js';
import { createPeers, snapshot } from '../testing/peers.js';

describe('migrate', () => {
  it('brings an unversioned document to the current version', () => {
    const doc = new Y.Doc();
    expect(migrate(doc)).toBe(0);
    expect(selectMeta(doc)).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Untitled board', createdAt: 0 });
    expect(migrate(doc)).toBe(SCHEMA_VERSION);
  });

  it('keeps an existing title and converges when two peers migrate at once', () => {
    const base = new Y.Doc();
    base.getMap('meta').set('title', 'Old board');
    const peers = createPeers(2, base);
    peers.docs.forEach((doc) => migrate(doc));
    peers.deliverShuffled(3);
    const [a, b] = peers.docs as [Y.Doc, Y.Doc];
    expect(snapshot(a)).toEqual(snapshot(b));
    expect(selectMeta(a)).toMatchObject({ title: 'Old board', schemaVersion: SCHEMA_VERSION });
  });
});
