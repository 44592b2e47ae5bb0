import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { addSection } from '../sections/agenda.js';
import { selectSections } from '../sections/readers.js';
import { createPeers, snapshot } from '../testing/peers.js';
import { migrate, needsMigration } from './migrations.js';
import { selectLog, selectMembers, selectMeta } from './readers.js';
import { SCHEMA_VERSION } from './schema.js';
import { createUndoManager } from './undo.js';

/**
 * A board as the model wrote it before versioning (schema 0): no schemaVersion, no createdAt,
 * (here) no title, but sections, members and log records in the shape readers still accept.
 */
function versionZeroBoard(withTitle?: string): Y.Doc {
  const doc = new Y.Doc();
  doc.transact(() => {
    if (withTitle !== undefined) doc.getMap('meta').set('title', withTitle);
    doc.getMap('meta').set('template', 'workshop');
    const section = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ id: 's1', order: 'a0', kind: 'brainstorm', title: 'Ideas', phase: 'write' })) section.set(key, value);
    doc.getMap('sections').set('s1', section);
    const member = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ name: 'Ada', color: '#336699', firstSeen: 5, lastSeen: 6 })) member.set(key, value);
    doc.getMap('members').set('member-ada', member);
    doc.getArray('log').push([{ id: 'l1', at: 7, by: 'member-ada', type: 'section.added', sectionId: 's1', detail: 'Ideas' }]);
  });
  return doc;
}

const content = (doc: Y.Doc) => {
  const { meta: _meta, ...rest } = snapshot(doc) as Record<string, unknown>;
  return rest;
};

describe('migrate', () => {
  it('upgrades a version 0 board to the current version, keeping its content', () => {
    const doc = versionZeroBoard();
    expect(selectMeta(doc).schemaVersion).toBe(0);
    const before = content(doc);
    expect(needsMigration(doc)).toBe(true);
    expect(migrate(doc)).toEqual({ from: 0, to: SCHEMA_VERSION });
    expect(needsMigration(doc)).toBe(false);
    expect(selectMeta(doc)).toEqual({ schemaVersion: SCHEMA_VERSION, title: 'Untitled board', createdAt: 0, template: 'workshop' });
    expect(content(doc)).toEqual(before);
    expect(selectSections(doc).map((s) => [s.id, s.kind, s.title, s.phase])).toEqual([['s1', 'brainstorm', 'Ideas', 'write']]);
    expect(selectMembers(doc).map((m) => m.name)).toEqual(['Ada']);
    expect(selectLog(doc).map((e) => e.id)).toEqual(['l1']);
  });

  it('is idempotent: a current board is left exactly as it is', () => {
    const doc = versionZeroBoard('Kept');
    migrate(doc);
    const vector = Y.encodeStateVector(doc);
    expect(migrate(doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(Y.encodeStateVector(doc)).toEqual(vector);
    expect(selectMeta(doc).title).toBe('Kept');
  });

  it('writes nothing to an empty document (a client before its first sync) or to a newer one', () => {
    const empty = new Y.Doc();
    expect(needsMigration(empty)).toBe(false);
    expect(migrate(empty)).toEqual({ from: 0, to: 0 });
    expect(Y.encodeStateVector(empty)).toEqual(Y.encodeStateVector(new Y.Doc()));
    const newer = versionZeroBoard('From the future');
    newer.getMap('meta').set('schemaVersion', SCHEMA_VERSION + 1);
    const vector = Y.encodeStateVector(newer);
    expect(needsMigration(newer)).toBe(false);
    expect(migrate(newer)).toEqual({ from: SCHEMA_VERSION + 1, to: SCHEMA_VERSION + 1 });
    expect(Y.encodeStateVector(newer)).toEqual(vector);
  });

  it('is not an undo step', () => {
    const doc = versionZeroBoard();
    const manager = createUndoManager(doc);
    migrate(doc);
    expect(manager.undoStack).toHaveLength(0);
  });

  for (const seed of [1, 2, 3, 42]) {
    it(`converges when two peers migrate at once while a third edits (seed ${seed})`, () => {
      const peers = createPeers(3, versionZeroBoard('Old board'));
      const [a, b, c] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      expect(migrate(a).to).toBe(SCHEMA_VERSION);
      expect(migrate(b).to).toBe(SCHEMA_VERSION);
      addSection(c, { kind: 'purpose', title: 'Added meanwhile', by: 'member-ada', at: 9 });
      peers.deliverShuffled(seed);
      expect(snapshot(b)).toEqual(snapshot(a));
      expect(snapshot(c)).toEqual(snapshot(a));
      expect(selectMeta(c)).toMatchObject({ title: 'Old board', schemaVersion: SCHEMA_VERSION, createdAt: 0 });
      expect(selectSections(a).map((s) => s.title)).toEqual(expect.arrayContaining(['Ideas', 'Added meanwhile']));
      // Once everyone has the upgrade, migrating again writes nothing anywhere.
      const vector = Y.encodeStateVector(c);
      expect(migrate(c)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
      expect(Y.encodeStateVector(c)).toEqual(vector);
    });
  }
});

describe('migration v2: nested content of a kind', () => {
  it('gives a purpose section from version 1 its texts and maps, keeping what it holds, and writes once', () => {
    const doc = new Y.Doc();
    doc.transact(() => {
      doc.getMap('meta').set('schemaVersion', 1);
      doc.getMap('meta').set('title', 'Old');
      const section = new Y.Map<unknown>();
      for (const [key, value] of Object.entries({ id: 'p1', order: 'a0', kind: 'purpose', title: 'Why', phase: 'draft' })) section.set(key, value);
      doc.getMap('sections').set('p1', section);
      const text = new Y.Text('kept');
      section.set('statement', text);
    });
    expect(migrate(doc)).toEqual({ from: 1, to: SCHEMA_VERSION });
    const section = doc.getMap('sections').get('p1') as Y.Map<unknown>;
    expect((section.get('statement') as Y.Text).toString()).toBe('kept');
    for (const key of ['why', 'forWhom', 'success']) expect(section.get(key)).toBeInstanceOf(Y.Text);
    for (const key of ['endorsements', 'versions']) expect(section.get(key)).toBeInstanceOf(Y.Map);
    expect(section.get('title')).toBe('Why');
    const vector = Y.encodeStateVector(doc);
    expect(migrate(doc)).toEqual({ from: SCHEMA_VERSION, to: SCHEMA_VERSION });
    expect(Y.encodeStateVector(doc)).toEqual(vector);
  });
});
