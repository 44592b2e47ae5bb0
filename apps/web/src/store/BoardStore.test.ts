import { addSection, addSections, createBoard, removeSection, renameBoard, renameSection, moveSection, selectLog, selectSections, startSpotlight, startTimer, takeLead, upsertMember } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { AGENDA, ALL_MEMBERS, BoardStore } from './BoardStore.js';
import { ANY } from './KeyedCollection.js';
import { ENTRIES } from './LogCollection.js';
import { Computation } from './tracking.js';
import { FOUR_SECTIONS } from '../actions/testing.js';

function board() {
  const doc = new Y.Doc();
  createBoard(doc, { title: 'Retro', template: 'blank', at: 1 });
  addSections(doc, { sections: FOUR_SECTIONS, by: null, at: 1 });
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
    expect(store.getSectionIds()).toBe(store.getSectionIds());
    expect(store.getSectionLeads()).toBe(store.getSectionLeads());
    expect(store.getMembers()).toBe(store.getMembers());
    expect(store.getLog()).toBe(store.getLog());
    expect(store.getSection('missing')).toBeNull();
  });

  it('notifies the agenda listeners once per added section and stops after unsubscribe', () => {
    const { doc, store } = board();
    let calls = 0;
    const off = store.agenda.subscribe(AGENDA, () => calls++);
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
    expect(store.getSectionIds().map((id) => store.getSectionTitle(id))).toContain('Renamed remotely');
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

/** Counts the calls of listeners subscribed per key. */
function counter() {
  const calls = new Map<string, number>();
  const listener = (name: string) => () => calls.set(name, (calls.get(name) ?? 0) + 1);
  return { calls: (name: string) => calls.get(name) ?? 0, listener };
}

describe('BoardStore keyed notifications', () => {
  it('a remote rename of one section wakes that section only: not other sections, the agenda, the leads, the members or the log', () => {
    const { doc, store } = board();
    const [a, b, c] = store.getSectionIds();
    const count = counter();
    store.sections.subscribe(a!, count.listener('a'));
    store.sections.subscribe(b!, count.listener('b'));
    store.sections.subscribe(c!, count.listener('c'));
    store.agenda.subscribe(AGENDA, count.listener('agenda'));
    store.leads.subscribe(ANY, count.listener('leads'));
    store.members.subscribe(ANY, count.listener('members'));
    store.log.subscribe(ENTRIES, count.listener('log'));
    store.meta.subscribe('meta', count.listener('meta'));

    const peer = remotePeer(doc);
    renameSection(peer, b!, 'Renamed remotely');

    expect(count.calls('b')).toBe(1);
    expect(['a', 'c', 'agenda', 'leads', 'members', 'log', 'meta'].map(count.calls)).toEqual([0, 0, 0, 0, 0, 0, 0]);
    expect(store.getSectionTitle(b!)).toBe('Renamed remotely');
  });

  it('a rename to the same title wakes nobody; a remote move wakes the agenda but no section title reader', () => {
    const { doc, store } = board();
    const ids = store.getSectionIds();
    const count = counter();
    store.agenda.subscribe(AGENDA, count.listener('agenda'));
    store.sections.subscribe(ids[0]!, count.listener('first'));
    renameSection(doc, ids[0]!, store.getSectionTitle(ids[0]!)!);
    expect(count.calls('first')).toBe(0);
    const peer = remotePeer(doc);
    moveSection(peer, ids[0]!, 3);
    expect(count.calls('agenda')).toBe(1);
    // The order key is part of the section's record.
    expect(count.calls('first')).toBe(1);
  });

  it('a member changing colour wakes that member only; a new member wakes the member list', () => {
    const { doc, store } = board();
    upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#6366f1', at: 1 });
    upsertMember(doc, { id: 'member-bob', name: 'Bob', color: '#0ea5e9', at: 1 });
    const count = counter();
    store.members.subscribe('member-ada', count.listener('ada'));
    store.members.subscribe('member-bob', count.listener('bob'));
    store.memberOrder.subscribe(ALL_MEMBERS, count.listener('order'));
    const peer = remotePeer(doc);
    upsertMember(peer, { id: 'member-bob', name: 'Bob', color: '#f97316', at: 5 });
    expect([count.calls('ada'), count.calls('bob'), count.calls('order')]).toEqual([0, 1, 0]);
    expect(store.getMember('member-bob')?.color).toBe('#f97316');
    upsertMember(peer, { id: 'member-cleo', name: 'Cleo', color: '#22c55e', at: 6 });
    expect(count.calls('order')).toBe(1);
    expect(store.getMembers().map((m) => m.name)).toEqual(['Ada', 'Bob', 'Cleo']);
  });

  it('takes the lead: wakes the leads list, not on a rename', () => {
    const { doc, store } = board();
    upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#6366f1', at: 1 });
    const [a] = store.getSectionIds();
    const count = counter();
    store.leads.subscribe(ANY, count.listener('leads'));
    renameSection(doc, a!, 'Why we are really here');
    expect(count.calls('leads')).toBe(0);
    takeLead(doc, { sectionId: a!, by: 'member-ada', at: 1 });
    expect(count.calls('leads')).toBe(1);
    expect(store.getSectionLeads().find((l) => l.id === a)?.lead).toBe('member-ada');
  });

  it('appends log records incrementally: earlier entries stay identical, remembered titles survive removal', () => {
    const { doc, store } = board();
    const before = store.getLog();
    const count = counter();
    store.log.subscribe(ENTRIES, count.listener('log'));
    const added = addSection(doc, { kind: 'agreement', title: 'Decide', by: null, at: 1 });
    expect(added.ok && count.calls('log')).toBe(1);
    const after = store.getLog();
    expect(after).toHaveLength(before.length + 1);
    after.slice(0, -1).forEach((e, i) => expect(e).toBe(before[i]));
    const id = added.ok ? added.value : '';
    store.log.subscribe(`title:${id}`, count.listener('title'));
    removeSection(doc, { sectionId: id, by: null, at: 1 });
    expect(store.getSection(id)).toBeNull();
    expect(store.getLogTitle(id)).toBe('Decide');
  });

  it('keeps the log right when a merge inserts records before others', () => {
    const doc = new Y.Doc();
    doc.clientID = 200;
    createBoard(doc, { title: 'Retro', template: 'retrospective', at: 1 });
    const store = new BoardStore(doc);
    const other = new Y.Doc();
    other.clientID = 100;
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    // Both append while apart; the lower client id's record goes first, before ours.
    addSection(doc, { kind: 'purpose', title: 'Mine', by: null, at: 1 });
    addSection(other, { kind: 'purpose', title: 'Theirs', by: null, at: 1 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), 'remote');
    const details = store.getLog().map((e) => e.detail);
    expect(details.slice(-2)).toEqual(['Theirs', 'Mine']);
    expect(store.getLog().map((e) => e.id)).toEqual(selectLog(doc).map((e) => e.id));
  });

  it('spotlight follows meta and the existence of its section', () => {
    const { doc, store } = board();
    upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#6366f1', at: 1 });
    const [a] = store.getSectionIds();
    const spotlight = new Computation(() => store.getSpotlight());
    let calls = 0;
    spotlight.subscribe(() => calls++);
    startSpotlight(doc, { sectionId: a!, by: 'member-ada', at: 3 });
    expect(calls).toBe(1);
    expect(spotlight.get()?.sectionId).toBe(a);
    removeSection(doc, { sectionId: a!, by: null, at: 1 });
    expect(spotlight.get()).toBeNull();
  });
});
