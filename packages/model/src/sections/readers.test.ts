import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { createBoard } from './board.js';
import { selectSpotlight } from './spotlight.js';
import { selectLog, selectMembers, selectMeta } from '../core/readers.js';
import { selectSection, selectSections } from './readers.js';

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
  weird.set('offer', { from: 5, to: ['m'], at: 'soon' });
  weird.set('timer', { state: 'running', durationMs: -5, startedAt: 'now' });
  sections.set('weird', weird);
  meta.set('spotlight', { sectionId: 'weird', by: 9, at: 1 });
  const members = doc.getMap<unknown>('members');
  members.set('m1', 5);
  const nameless = new Y.Map<unknown>();
  nameless.set('name', '');
  members.set('m2', nameless);
  const badColor = new Y.Map<unknown>();
  badColor.set('name', 'Eve');
  badColor.set('color', 'javascript:alert(1)');
  members.set('m3', badColor);
  doc.getArray<unknown>('log').push([
    null,
    1,
    'x',
    [],
    { id: 'a', at: 'now', type: 'board.created' },
    { id: 'b', at: 1, type: 'hack' },
    { id: 'c', at: 2, by: 3, type: 'lead.taken', from: {}, to: 7, durationMs: 'long', sectionId: 4 },
  ]);
  return doc;
}

/** Plausible-looking but inconsistent leadership and timer values. */
function leadershipGarbageDoc(): Y.Doc {
  const doc = new Y.Doc();
  const sections = doc.getMap<unknown>('sections');
  const odd = new Y.Map<unknown>();
  odd.set('kind', 'agreement');
  odd.set('order', 'a0');
  odd.set('title', 'Odd');
  odd.set('lead', 'member-x');
  odd.set('offer', { from: 'member-y', to: 'member-z', at: 1 }); // stale: member-y does not lead
  odd.set('timer', { state: 'paused', durationMs: 1e12, pausedRemainingMs: 5 });
  sections.set('odd', odd);
  const timers = ['x', null, new Y.Map(), { state: 'running', durationMs: 1000 }, { state: 'paused', durationMs: 10, pausedRemainingMs: Number.NaN }, { state: 'exploded', durationMs: 10 }];
  timers.forEach((timer, i) => {
    const section = new Y.Map<unknown>();
    section.set('kind', 'purpose');
    section.set('order', `a${i + 1}`);
    section.set('timer', timer);
    section.set('offer', i % 2 ? { from: 'same-member', to: 'same-member', at: 1 } : new Y.Array());
    sections.set(`timer-${i}`, section);
  });
  return doc;
}

describe('selectors on a hostile document', () => {
  it('read stale offers and inconsistent timers as absent', () => {
    const sections = selectSections(leadershipGarbageDoc());
    expect(sections.map((s) => s.id)).toEqual(['odd', 'timer-0', 'timer-1', 'timer-2', 'timer-3', 'timer-4', 'timer-5']);
    expect(sections[0]).toMatchObject({ lead: 'member-x', offer: null, timer: null, phase: 'propose' });
    for (const s of sections) expect([s.offer, s.timer]).toEqual([null, null]);
  });

  it('yield a valid board and never throw', () => {
    const doc = garbageDoc();
    expect(selectMeta(doc)).toEqual({ title: 'Untitled board', schemaVersion: 0, createdAt: null, template: null });
    expect(selectSections(doc)).toEqual([{
      id: 'weird',
      order: '\uffff',
      kind: 'brainstorm',
      title: 'Untitled section',
      lead: null,
      phase: 'write',
      offer: null,
      timer: null,
    }]);
    expect(selectSpotlight(doc)).toBeNull();
    expect(selectSection(doc, 'not-a-map')).toBeNull();
    expect(selectMembers(doc)).toEqual([{ id: 'm3', name: 'Eve', color: '#64748b', firstSeen: null, lastSeen: null }]);
    expect(selectLog(doc)).toEqual([{ id: 'c', at: 2, by: null, type: 'lead.taken' }]);
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
    createBoard(doc, { title: 'Real', template: 'workshop', at: 1 });
    expect(selectSections(doc).map((s) => s.title)).toEqual(['Shared purpose', 'Ideas', 'Do we agree?', 'Untitled section']);
  });
});
