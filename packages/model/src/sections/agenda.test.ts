import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard } from './board.js';
import { addSection, addSections, moveSection, removeSection, renameSection } from './agenda.js';
import { createUndoManager, undo } from '../core/undo.js';
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
    for (const index of [-1, 1.5, Number.NaN]) {
      expect(addSection(doc, { kind: 'purpose', title: 'x', index, by: null, at: 1 })).toEqual({ ok: false, error: 'the position must be a whole number ≥ 0' });
      expect(addSections(doc, { sections: [{ kind: 'purpose', title: 'x' }], index, by: null, at: 1 }).ok).toBe(false);
    }
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

describe('addSections', () => {
  it('adds several sections in a row at a position, one log record each, one undo step', () => {
    const doc = board();
    const manager = createUndoManager(doc);
    const added = addSections(doc, {
      sections: [
        { kind: 'purpose', title: ' Why  ' },
        { kind: 'brainstorm', title: 'Ideas again' },
        { kind: 'agreement', title: 'Decide' },
      ],
      index: 1,
      by: 'm1',
      at: 7,
    });
    expect(added.ok).toBe(true);
    const ids = added.ok ? added.value : [];
    expect(titles(doc)).toEqual(['Shared purpose', 'Why', 'Ideas again', 'Decide', 'Ideas', 'Do we agree?']);
    expect(selectSections(doc).slice(1, 4).map((s) => [s.id, s.kind, s.phase])).toEqual([
      [ids[0], 'purpose', 'draft'],
      [ids[1], 'brainstorm', 'write'],
      [ids[2], 'agreement', 'propose'],
    ]);
    expect(selectLog(doc).filter((e) => e.type === 'section.added').map((e) => [e.sectionId, e.detail, e.by, e.at])).toEqual([
      [ids[0], 'Why', 'm1', 7],
      [ids[1], 'Ideas again', 'm1', 7],
      [ids[2], 'Decide', 'm1', 7],
    ]);
    expect(undo(manager, { by: 'm1', at: 8 })).toEqual({ ok: true, value: 'addSections' });
    expect(titles(doc)).toEqual(['Shared purpose', 'Ideas', 'Do we agree?']);
  });

  it('appends when no position is given', () => {
    const doc = board();
    addSections(doc, { sections: [{ kind: 'purpose', title: 'A' }, { kind: 'purpose', title: 'B' }], by: null, at: 1 });
    expect(titles(doc)).toEqual(['Shared purpose', 'Ideas', 'Do we agree?', 'A', 'B']);
  });

  it('refuses the whole call when one section is bad, naming it, and writes nothing', () => {
    const doc = board();
    const before = Y.encodeStateVector(doc);
    expect(addSections(doc, { sections: [], by: null, at: 1 })).toEqual({ ok: false, error: 'there are no sections to add' });
    expect(addSections(doc, { sections: [{ kind: 'purpose', title: 'ok' }, { kind: 'purpose', title: '  ' }], by: null, at: 1 })).toEqual({
      ok: false,
      error: 'section 2: a section needs a title',
    });
    expect(addSections(doc, { sections: [{ kind: 'poll' as never, title: 'x' }], by: null, at: 1 })).toEqual({ ok: false, error: 'section 1: unknown section kind "poll"' });
    expect(addSections(doc, { sections: [null as never], by: null, at: 1 }).ok).toBe(false);
    expect(addSections(doc, { sections: 'nope' as never, by: null, at: 1 }).ok).toBe(false);
    expect(Y.encodeStateVector(doc)).toEqual(before);
  });

  it('converges with a concurrent add at the same position on another peer', () => {
    for (const seed of [1, 7, 99]) {
      const peers = createPeers(2, board());
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      addSections(p0, { sections: [{ kind: 'purpose', title: 'p0 a' }, { kind: 'purpose', title: 'p0 b' }], index: 1, by: 'p0', at: 1 });
      addSection(p1, { kind: 'purpose', title: 'p1', index: 1, by: 'p1', at: 1 });
      peers.deliverShuffled(seed);
      expect(snapshot(p1)).toEqual(snapshot(p0));
      const agenda = titles(p0);
      expect(agenda).toHaveLength(6);
      // The bulk stays in its own order, wherever the concurrent one lands.
      expect(agenda.indexOf('p0 a')).toBeLessThan(agenda.indexOf('p0 b'));
    }
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
