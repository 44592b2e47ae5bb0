import { addSection, createBoard, renameBoard, renameSection, moveSection, selectSections, startSpotlight, startTimer, upsertMember } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { BoardStore } from './BoardStore.js';

function board() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Retro', template: 'retrospective', at: 1 });
  return { doc, store: new BoardStore(doc) };
}

/** A second peer whose updates reach `doc` as a remote change would. */
function remotePeer(doc: Y.Doc) {
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'remote'));
  return peer;
}

describe('BoardStore', () => {
  it('returns the same section object when an unrelated section changes remotely', () => {
    const { doc, store } = board();
    const [first, second] = selectSections(doc);
    const before = store.getSection(first!.id);
    const otherBefore = store.getSection(second!.id);
    const peer = remotePeer(doc);
    renameSection(peer, second!.id, 'Renamed elsewhere');
    expect(store.getSection(first!.id)).toBe(before);
    expect(store.getSection(second!.id)).not.toBe(otherBefore);
    expect(store.getSection(second!.id)?.title).toBe('Renamed elsewhere');
  });

  it('keeps the section id list and meta stable across a rename, and changes them on reorder and retitle', () => {
    const { doc, store } = board();
    const ids = store.getSectionIds();
    const meta = store.getMeta();
    renameSection(doc, ids[0]!, 'New name');
    expect(store.getSectionIds()).toBe(ids);
    expect(store.getMeta()).toBe(meta);
    moveSection(doc, ids[0]!, 2);
    expect(store.getSectionIds()).not.toBe(ids);
    expect(store.getSectionIds()).toEqual([ids[1], ids[2], ids[0], ids[3]]);
    renameBoard(doc, { title: 'Retro 2', by: null, at: 1 });
    expect(store.getMeta()).not.toBe(meta);
    expect(store.getMeta().title).toBe('Retro 2');
  });

  it('returns the same snapshot on repeated reads without changes (useSyncExternalStore contract)', () => {
    const { store } = board();
    expect(store.getSections()).toBe(store.getSections());
    expect(store.getMembers()).toBe(store.getMembers());
    expect(store.getLog()).toBe(store.getLog());
    expect(store.getSection('missing')).toBeNull();
  });

  it('notifies subscribers on document updates and stops after unsubscribe', () => {
    const { doc, store } = board();
    let calls = 0;
    const off = store.subscribe(() => calls++);
    addSection(doc, { kind: 'purpose', title: 'Why', by: null, at: 1 });
    expect(calls).toBe(1);
    off();
    addSection(doc, { kind: 'purpose', title: 'Why 2', by: null, at: 1 });
    expect(calls).toBe(1);
  });

  it('reuses unchanged log entries when one is appended', () => {
    const { doc, store } = board();
    const log = store.getLog();
    addSection(doc, { kind: 'agreement', title: 'Decide', by: null, at: 1 });
    const next = store.getLog();
    expect(next).not.toBe(log);
    expect(next[0]).toBe(log[0]);
    expect(next).toHaveLength(log.length + 1);
  });

  it('returns null for a section removed by another peer, without throwing on junk', () => {
    const { doc, store } = board();
    const id = store.getSectionIds()[0]!;
    doc.getMap('sections').set('junk', 42 as never);
    expect(store.getSectionIds()).not.toContain('junk');
    doc.getMap('sections').delete(id);
    expect(store.getSection(id)).toBeNull();
  });

  it('keeps a section with a running timer stable across unrelated changes, and reads the spotlight', () => {
    const { doc, store } = board();
    const [first, second] = selectSections(doc);
    upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#6366f1', at: 1 });
    startTimer(doc, { sectionId: first!.id, by: 'member-ada', at: 1_000, durationMs: 60_000 });
    const before = store.getSection(first!.id);
    expect(before?.timer?.state).toBe('running');
    renameSection(doc, second!.id, 'Elsewhere');
    expect(store.getSection(first!.id)).toBe(before);
    expect(store.getSpotlight()).toBeNull();
    startSpotlight(doc, { sectionId: second!.id, by: 'member-ada', at: 2_000 });
    const spotlight = store.getSpotlight();
    expect(spotlight).toEqual({ sectionId: second!.id, by: 'member-ada', at: 2_000 });
    renameSection(doc, first!.id, 'Again');
    expect(store.getSpotlight()).toBe(spotlight);
  });

  it('a remote rename of section A leaves B, the id list and the leads identical, and re-reads only A', () => {
    const { doc, store } = board();
    const [a, b] = store.getSectionIds();
    const ids = store.getSectionIds();
    const sectionB = store.getSection(b!);
    const leads = store.getSectionLeads();
    const members = store.getMembers();
    const peer = remotePeer(doc);
    renameSection(peer, a!, 'Renamed remotely');
    expect(store.getSectionIds()).toBe(ids);
    expect(store.getSection(b!)).toBe(sectionB);
    expect(store.getSectionLeads()).toBe(leads);
    expect(store.getMembers()).toBe(members);
    expect(store.getSectionTitle(a!)).toBe('Renamed remotely');
    expect(store.getSections().map((s) => s.title)).toContain('Renamed remotely');
  });

  it('follows sections added, reordered and removed by another peer', () => {
    const { doc, store } = board();
    const ids = store.getSectionIds();
    const peer = remotePeer(doc);
    const added = addSection(peer, { kind: 'agreement', title: 'Decide', by: null, at: 1 });
    expect(added.ok).toBe(true);
    const withNew = store.getSectionIds();
    expect(withNew).toHaveLength(ids.length + 1);
    expect(store.getSection(ids[0]!)).toBe(store.getSection(ids[0]!));
    moveSection(peer, ids[0]!, ids.length);
    expect(store.getSectionIds()).toEqual(selectSections(doc).map((s) => s.id));
    peer.getMap('sections').delete(ids[1]!);
    expect(store.getSectionIds()).toEqual(selectSections(doc).map((s) => s.id));
    expect(store.getSection(ids[1]!)).toBeNull();
  });
});
