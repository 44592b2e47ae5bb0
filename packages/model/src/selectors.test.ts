import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard } from './board.js';
import { selectLog, selectMembers, selectMeta, selectSection, selectSections } from './selectors.js';

/** Writes garbage into every field a hostile peer could reach. */
function garbageDoc(): Y.Doc {
  const doc = new Y.Doc();
  const meta = doc.getMap('meta');
  meta.set('title', 42);
  meta.set('schemaVersion', 'one');
  meta.set('createdAt', Number.NaN);
  meta.set('template', { evil: true });
  const sections = doc.getMap<unknown>('sections');
  sections.set('not-a-map', 'hello');
  sections.set('array', new Y.Array());
  const badKind = new Y.Map<unknown>();
  badKind.set('kind', 'poll');
  sections.set('bad-kind', badKind);
  const weird = new Y.Map<unknown>();
  weird.set('kind', 'brainstorm');
  weird.set('order', '###');
  weird.set('title', ['x']);
  weird.set('phase', 'nonsense');
  weird.set('lead', 7);
  sections.set('weird', weird);
  const members = doc.getMap<unknown>('members');
  members.set('m1', 5);
  const nameless = new Y.Map<unknown>();
  nameless.set('name', '');
  members.set('m2', nameless);
  const badColor = new Y.Map<unknown>();
  badColor.set('name', 'Eve');
  badColor.set('color', 'javascript:alert(1)');
  members.set('m3', badColor);
  doc.getArray<unknown>('log').push([null, 1, 'x', [], { id: 'a', at: 'now', type: 'board.created' }, { id: 'b', at: 1, type: 'hack' }]);
  return doc;
}

describe('selectors on a hostile document', () => {
  it('yield a valid board and never throw', () => {
    const doc = garbageDoc();
    expect(selectMeta(doc)).toEqual({ title: 'Untitled board', schemaVersion: 0, createdAt: null, template: null });
    expect(selectSections(doc)).toEqual([
      { id: 'weird', order: '\uffff', kind: 'brainstorm', title: 'Untitled section', lead: null, phase: 'write' },
    ]);
    expect(selectSection(doc, 'not-a-map')).toBeNull();
    expect(selectMembers(doc)).toEqual([{ id: 'm3', name: 'Eve', color: '#64748b', firstSeen: null, lastSeen: null }]);
    expect(selectLog(doc)).toEqual([]);
  });

  it('yield an empty board for an empty document', () => {
    const doc = new Y.Doc();
    expect(selectSections(doc)).toEqual([]);
    expect(selectMembers(doc)).toEqual([]);
    expect(selectLog(doc)).toEqual([]);
    expect(selectMeta(doc).title).toBe('Untitled board');
  });

  it('keep valid sections valid next to garbage ones', () => {
    const doc = garbageDoc();
    doc.getMap('meta').delete('schemaVersion');
    createBoard(doc, { title: 'Real', template: 'workshop' });
    expect(selectSections(doc).map((s) => s.title)).toEqual(['Shared purpose', 'Ideas', 'Do we agree?', 'Untitled section']);
  });
});
