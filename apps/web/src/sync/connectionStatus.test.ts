import { createBoard, createUndoManager, renameBoard, undo, upsertMember } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { INITIAL_STATUS, afterLocalChange, afterSync, badgeFor, isLocalChange } from './connectionStatus.js';
import { outcomeForClose, problemForStatus } from './closeCodes.js';

describe('connection status', () => {
  it('says Syncing… before the first sync and Online after it', () => {
    expect(badgeFor(INITIAL_STATUS)).toEqual({ kind: 'syncing', label: 'Syncing…' });
    expect(badgeFor(afterSync({ ...INITIAL_STATUS, connected: true }, true))).toEqual({ kind: 'online', label: 'Online' });
  });

  it('counts local changes made offline and resets them when a sync completes', () => {
    let s = { ...INITIAL_STATUS, offline: true };
    expect(badgeFor(s).label).toBe('Offline');
    s = afterLocalChange(s);
    expect(badgeFor(s).label).toBe('Offline · 1 unsynced change');
    s = afterLocalChange(afterLocalChange(s));
    expect(badgeFor(s).label).toBe('Offline · 3 unsynced changes');
    s = afterSync({ ...s, connected: true }, true);
    expect(s.unsynced).toBe(0);
    expect(badgeFor(s).kind).toBe('online');
  });

  it('says an offline reload needs a connection on a non-secure origin (no service worker there)', () => {
    const s = afterLocalChange({ ...INITIAL_STATUS, offline: true });
    expect(badgeFor(s, false)).toEqual({ kind: 'offline', label: 'Offline · 1 unsynced change', detail: 'reloading needs a connection on this address' });
    expect(badgeFor(s, true)).not.toHaveProperty('detail');
    expect(badgeFor(afterSync({ ...s, connected: true }, true), false)).toEqual({ kind: 'online', label: 'Online' });
  });

  it('does not count a change that goes straight to a synced relay', () => {
    const online = afterSync({ ...INITIAL_STATUS, connected: true }, true);
    expect(afterLocalChange(online)).toBe(online);
  });

  it('shows a link problem for token and unknown-board closes', () => {
    expect(outcomeForClose(4401)).toEqual({ kind: 'problem', problem: 'bad-token' });
    expect(outcomeForClose(4403)).toEqual({ kind: 'problem', problem: 'forbidden' });
    expect(outcomeForClose(4404)).toEqual({ kind: 'problem', problem: 'not-found' });
    expect(outcomeForClose(4410)).toEqual({ kind: 'problem', problem: 'deleted' });
    expect(problemForStatus(410)).toBe('deleted');
  });

  it('reconnects after a restart, a store failure, a slow read or the rate limit', () => {
    for (const code of [1001, 1006, 1011, 4508, 4529]) expect(outcomeForClose(code)).toEqual({ kind: 'retry' });
  });

  it('stops syncing on a board over its size limit and says why, keeping the board readable', () => {
    const outcome = outcomeForClose(4413);
    expect(outcome).toEqual({ kind: 'stopped', message: expect.stringMatching(/^This board is over its size limit/) as string });
    const stopped = { ...INITIAL_STATUS, offline: true, stopped: outcome.kind === 'stopped' ? outcome.message : null };
    expect(badgeFor(stopped)).toEqual({ kind: 'stopped', label: 'Not syncing' });
    expect(badgeFor(afterLocalChange(stopped)).kind).toBe('stopped');
  });
});

describe('unsynced changes', () => {
  /**
   * A real document wired as BoardConnection wires it: updates whose origin is not the relay
   * provider or the device store count. The provider and store here are stand-in objects, as
   * their origins are (y-websocket and y-indexeddb pass their own instance).
   */
  function offlineBoard() {
    const doc = new Y.Doc();
    const provider = { name: 'relay provider' };
    const deviceStore = { name: 'IndexedDB' };
    let status = { ...INITIAL_STATUS, offline: true };
    doc.on('update', (_u: Uint8Array, origin: unknown) => {
      if (isLocalChange(origin, new Set([provider, deviceStore]))) status = afterLocalChange(status);
    });
    return { doc, provider, deviceStore, unsynced: () => status.unsynced };
  }

  it("counts a text-editor binding's edit written under its own origin, like y-codemirror's binding object", () => {
    const { doc, unsynced } = offlineBoard();
    const binding = { awareness: null, ytext: doc.getText('draft') }; // y-codemirror.next's YSyncConfig shape
    doc.transact(() => doc.getText('draft').insert(0, 'Typed in the editor'), binding);
    expect(unsynced()).toBe(1);
    doc.getText('draft').insert(0, '!'); // no origin at all: still this device
    expect(unsynced()).toBe(2);
  });

  it('counts named operations and undo, not bookkeeping, nor what the relay or the device store delivered', () => {
    const { doc, provider, deviceStore, unsynced } = offlineBoard();
    const manager = createUndoManager(doc);
    createBoard(doc, { title: 'Retro', at: 1 });
    upsertMember(doc, { id: 'member-ada', name: 'Ada', color: '#6366f1', at: 1 });
    expect(unsynced()).toBe(1);
    renameBoard(doc, { title: 'Retro 2', by: 'member-ada', at: 2 });
    undo(manager, { by: 'member-ada', at: 3 });
    expect(unsynced()).toBe(4); // rename, the undo itself, and its log record
    const other = new Y.Doc();
    Y.applyUpdate(other, Y.encodeStateAsUpdate(doc));
    renameBoard(other, { title: 'From someone else', by: null, at: 4 });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), provider);
    other.getText('notes').insert(0, 'stored earlier on this device');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other), deviceStore);
    expect(unsynced()).toBe(4);
  });
});
