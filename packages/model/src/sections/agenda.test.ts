import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard } from './board.js';
import { addSection, moveSection, removeSection, renameSection } from './agenda.js';
import { selectLog } from '../core/readers.js';
import { selectSections } from './readers.js';
import { createPeers, snapshot } from '../testing/peers.js';

const titles = (doc: Y.Doc) => selectSections(doc).map((s) => s.title);

function board(): Y.Doc {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Board', template: 'workshop', at: 1 });
  return doc;
}

describe('section operations', () => {
  it('adds at the end or at a position', () => {
    const doc = board();
    expect(addSection(doc, { kind: 'brainstorm', title: 'Last', by: 'm1', at: 1 }).ok).toBe(true);
    expect(addSection(doc, { kind: 'purpose', title: 'First', index: 0, by: 'm1', at: 1 }).ok).toBe(true);
    expect(titles(doc)).toEqual(['First', 'Shared purpose', 'Ideas', 'Do we agree?', 'Last']);
    expect(selectLog(doc).filter((e) => e.type === 'section.added').map((e) => e.detail)).toEqual(['Last', 'First']);
  });

  it('refuses bad input and leaves the document unchanged', () => {
    const doc = board();
    const before = Y.encodeStateVector(doc);
    expect(addSection(doc, { kind: 'poll' as never, title: 'x', by: null, at: 1 }).ok).toBe(false);
    expect(addSection(doc, { kind: 'purpose', title: ' ', by: null, at: 1 }).ok).toBe(false);
    expect(renameSection(doc, 'missing', 'x').ok).toBe(false);
    expect(moveSection(doc, 'missing', 0).ok).toBe(false);
    const id = selectSections(doc)[0]!.id;
    expect(moveSection(doc, id, -1).ok).toBe(false);
    expect(moveSection(doc, id, 1.5).ok).toBe(false);
    expect(removeSection(doc, { sectionId: 'missing', by: null, at: 1 }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('renames', () => {
    const doc = board();
    const [first] = selectSections(doc);
    expect(renameSection(doc, first!.id, 'Why we meet').ok).toBe(true);
    expect(titles(doc)[0]).toBe('Why we meet');
  });

  it('moves to any position', () => {
    const doc = board();
    const [a, b, c] = selectSections(doc);
    moveSection(doc, a!.id, 2);
    expect(titles(doc)).toEqual(['Ideas', 'Do we agree?', 'Shared purpose']);
    moveSection(doc, c!.id, 0);
    expect(titles(doc)).toEqual(['Do we agree?', 'Ideas', 'Shared purpose']);
    moveSection(doc, b!.id, 99);
    expect(titles(doc)).toEqual(['Do we agree?', 'Shared purpose', 'Ideas']);
  });

  it('removes and logs the removal', () => {
    const doc = board();
    const [, ideas] = selectSections(doc);
    expect(removeSection(doc, { sectionId: ideas!.id, by: 'm2', at: 1 }).ok).toBe(true);
    expect(titles(doc)).toEqual(['Shared purpose', 'Do we agree?']);
    expect(selectLog(doc).at(-1)).toMatchObject({ type: 'section.removed', by: 'm2', detail: 'Ideas' });
  });
});

describe('three peers converge in any delivery order', () => {
  for (const seed of [1, 2, 3, 42, 1234]) {
    it(`seed ${seed}`, () => {
      const peers = createPeers(3, board());
      const [p0, p1, p2] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      const ids = selectSections(p0).map((s) => s.id);
      // Everyone edits the same agenda at once.
      moveSection(p0, ids[0]!, 2);
      moveSection(p1, ids[0]!, 1);
      addSection(p1, { kind: 'brainstorm', title: 'From p1', index: 0, by: 'p1', at: 1 });
      addSection(p2, { kind: 'agreement', title: 'From p2', index: 0, by: 'p2', at: 1 });
      renameSection(p2, ids[1]!, 'Renamed by p2');
      renameSection(p0, ids[1]!, 'Renamed by p0');
      removeSection(p2, { sectionId: ids[2]!, by: 'p2', at: 1 });
      moveSection(p0, ids[2]!, 0);
      peers.deliverShuffled(seed);

      expect(snapshot(p1)).toEqual(snapshot(p0));
      expect(snapshot(p2)).toEqual(snapshot(p0));
      const agenda = selectSections(p0);
      // Each section exactly once, the removed one gone, both new ones present.
      expect(new Set(agenda.map((s) => s.id)).size).toBe(agenda.length);
      expect(agenda.map((s) => s.id)).not.toContain(ids[2]);
      expect(agenda.map((s) => s.title)).toEqual(expect.arrayContaining(['From p1', 'From p2']));
      expect(agenda).toHaveLength(4);
      expect(selectLog(p0).filter((e) => e.type === 'section.added')).toHaveLength(2);
    });
  }
});
