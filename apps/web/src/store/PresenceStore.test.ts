import { describe, expect, it } from 'vitest';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { PresenceStore, peersFromStates, readPresence } from './PresenceStore.js';

const user = (memberId: string, name: string) => ({ user: { memberId, name, color: '#6366f1' } });

describe('presence', () => {
  it('ignores malformed awareness states and falls back to a neutral colour', () => {
    expect(readPresence(null, false)).toBeNull();
    expect(readPresence({ user: { memberId: 'x', name: '' } }, false)).toBeNull();
    expect(readPresence({ user: { memberId: 'abc', name: 'Ada', color: 'red' }, sectionId: 5 }, false)).toEqual({
      memberId: 'abc', name: 'Ada', color: '#64748b', colorLight: '#64748b33', sectionId: null, isSelf: false,
    });
  });

  it('shows one entry per member, self first, preferring the own tab', () => {
    const states = new Map<number, unknown>([
      [1, { ...user('m-bob', 'Bob'), sectionId: 's1' }],
      [2, { ...user('m-ada', 'Ada'), sectionId: 's2' }],
      [3, { ...user('m-bob', 'Bob'), sectionId: 's3' }],
      [9, { ...user('m-zed', 'Zed'), sectionId: 's1' }],
    ]);
    const peers = peersFromStates(states, 9);
    expect(peers.map((p) => [p.name, p.sectionId, p.isSelf])).toEqual([
      ['Zed', 's1', true],
      ['Ada', 's2', false],
      ['Bob', 's3', false],
    ]);
  });

  it('keeps snapshots stable until presence changes, and wakes only the sections whose viewers changed', () => {
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ ...user('m-self', 'Me'), sectionId: 'a' });
    const store = new PresenceStore(awareness);
    const peers = store.getPeers();
    const viewersA = store.getViewers('a');
    const calls: string[] = [];
    store.subscribe('peers', () => calls.push('peers'));
    for (const s of ['a', 'b', 'c']) store.subscribe(`viewers:${s}`, () => calls.push(s));
    store.subscribe('member:m-self', () => calls.push('self'));
    store.subscribe('member:m-other', () => calls.push('other'));
    awareness.setLocalState({ ...user('m-self', 'Me'), sectionId: 'a' });
    expect(store.getPeers()).toBe(peers);
    expect(calls).toEqual([]);
    awareness.setLocalState({ ...user('m-self', 'Me'), sectionId: 'b' });
    expect(calls.sort()).toEqual(['a', 'b', 'peers', 'self']);
    expect(store.getPeers()).not.toBe(peers);
    expect(store.getViewers('a')).toEqual([]);
    expect(store.getViewers('b').map((p) => p.memberId)).toEqual(['m-self']);
    expect(store.getViewers('c')).toBe(store.getViewers('c'));
    expect(viewersA).toHaveLength(1);
    expect(store.isPresent('m-self')).toBe(true);
    expect(store.isPresent('m-other')).toBe(false);
    store.destroy();
  });

  it('remembers when a member was last present, for away badges', () => {
    let now = 1_000;
    const awareness = new Awareness(new Y.Doc());
    awareness.setLocalState({ ...user('m-self', 'Me'), sectionId: 'a' });
    const store = new PresenceStore(awareness, () => now);
    expect(store.lastSeenOf('m-self')).toBe(1_000);
    expect(store.lastSeenOf('m-ghost')).toBeNull();
    now = 5_000;
    expect(store.lastSeenOf('m-self')).toBe(5_000);
    awareness.setLocalState(null);
    now = 9_000;
    expect(store.lastSeenOf('m-self')).toBe(5_000);
    store.destroy();
  });
});
