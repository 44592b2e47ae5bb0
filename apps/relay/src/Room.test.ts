/**
 * Deterministic Room tests through the seams: peers are TestPeers (no sockets), the store is a
 * real SQLite file behind a HeldStore whose commits and compactions the test holds back and
 * releases. Nothing here waits on a clock: each step waits for the condition it needs.
 */
import { createBoard, selectMembers, upsertMember } from '@roundtable/model';
import { CloseCode, encodeSyncStep1, encodeUpdate } from '@roundtable/protocol';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Connection } from './Connection.js';
import { LocalFanout } from './fanout/LocalFanout.js';
import { GroupCommit } from './GroupCommit.js';
import { createMetrics } from './metrics.js';
import type { Room } from './Room.js';
import { Rooms } from './Rooms.js';
import { SqliteStore } from './store/SqliteStore.js';
import { HeldStore } from './testing/HeldStore.js';
import { TestPeer } from './testing/TestPeer.js';

const log = pino({ level: 'silent' });
const LIMITS = { rateLimit: 100_000, maxBufferedBytes: 1 << 20 };
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** A relay's room machinery over a held SQLite store, without a network. */
async function setup(options: { maxBoardBytes?: number } = {}) {
  const dir = mkdtempSync(join(tmpdir(), 'room-'));
  const store = new HeldStore(new SqliteStore(dir));
  const commit = new GroupCommit(store);
  const rooms = new Rooms({ store, commit, fanout: new LocalFanout(), metrics: createMetrics(), log, maxBoardBytes: options.maxBoardBytes ?? 1 << 24, compactAfter: 1_000_000 });
  cleanups.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  async function board(boardId: string): Promise<Room> {
    const doc = new Y.Doc();
    createBoard(doc, { title: boardId, template: 'blank', at: 1 });
    await store.create(boardId, Y.encodeStateAsUpdate(doc), 1);
    const room = await rooms.acquire(boardId);
    if (!room) throw new Error('board not loaded');
    return room;
  }
  /** What the store holds for `boardId`, as a fresh document. */
  async function stored(boardId: string): Promise<Y.Doc> {
    const board = await store.inner.load(boardId);
    const doc = new Y.Doc();
    for (const update of board?.updates ?? []) Y.applyUpdate(doc, update);
    return doc;
  }
  return { store, commit, rooms, board, stored };
}

/** A client on `room` through a TestPeer: a Y.Doc that sends its changes and applies what it receives. */
function connect(room: Room, role: 'edit' | 'view' = 'edit') {
  const peer = new TestPeer();
  const connection = new Connection(peer, role, room, LIMITS, log, room.boardId);
  const doc = new Y.Doc();
  peer.onMessage = (message) => {
    if (message.type === 'update' || message.type === 'syncStep2') Y.applyUpdate(doc, message.update, peer);
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== peer) connection.receive(encodeUpdate(update));
  });
  room.join(connection);
  connection.receive(encodeSyncStep1(Y.encodeStateVector(doc)));
  return { peer, connection, doc };
}

type Client = ReturnType<typeof connect>;

const names = (doc: Y.Doc) => selectMembers(doc).map((m) => m.name).sort();
function addMember(client: Client, name: string): void {
  const result = upsertMember(client.doc, { id: `member-${name.toLowerCase().replace(/\W/g, '')}`, name, color: '#336699', at: 1 });
  if (!result.ok) throw new Error(result.error);
}
/** Live updates (not sync replies) a peer received. */
const liveUpdates = (peer: TestPeer) => peer.received.filter((m) => m.type === 'update').length;

async function until(what: string, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !predicate(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!predicate()) throw new Error(`never happened: ${what}`);
}

describe('Room: commit before relay', () => {
  it('relays nothing, to anyone, before its commit; then to everyone, the sender included', async () => {
    const { store, board, stored } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    const bob = connect(room);
    store.hold('append');
    addMember(ada, 'Ada');
    const held = await store.next('append');
    expect(held.boardIds).toEqual(['board1']);
    // The update is in the relay and on its way to the store, not yet committed.
    expect(names(room.doc)).toEqual(['Ada']);
    expect(liveUpdates(ada.peer)).toBe(0);
    expect(liveUpdates(bob.peer)).toBe(0);
    expect(names(bob.doc)).toEqual([]);
    expect(names(await stored('board1'))).toEqual([]);

    await held.release();
    await until('bob receives the committed update', () => names(bob.doc).length === 1);
    expect(names(bob.doc)).toEqual(['Ada']);
    expect(liveUpdates(ada.peer)).toBe(1);
    expect(names(await stored('board1'))).toEqual(['Ada']);
  });

  it('answers a joiner at once from committed state, and sends it the pending update once committed', async () => {
    const { store, board } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    addMember(ada, 'Ada');
    await until('the first update is committed', () => liveUpdates(ada.peer) === 1);
    store.hold('append');
    addMember(ada, 'Grace');
    const held = await store.next('append');

    const newcomer = connect(room);
    const half = new Y.Doc();
    Y.applyUpdate(half, newcomer.peer.updates[0] as Uint8Array);
    const returning = connect(room);
    returning.doc.destroy();
    // Replies came without waiting for the held commit, and hold only what is committed.
    expect(newcomer.peer.received.filter((m) => m.type === 'syncStep2')).toHaveLength(1);
    expect(names(newcomer.doc)).toEqual(['Ada']);
    expect(returning.peer.received.some((m) => m.type === 'syncStep2')).toBe(true);

    // A reply to a non-empty state vector is also from committed state.
    const partial = connect(room);
    partial.connection.receive(encodeSyncStep1(Y.encodeStateVector(half)));
    expect(partial.peer.received.filter((m) => m.type === 'syncStep2')).toHaveLength(2);
    expect(names(partial.doc)).toEqual(['Ada']);

    await held.release();
    await until('the joiners receive the pending update', () => names(newcomer.doc).length === 2 && names(partial.doc).length === 2);
    expect(names(newcomer.doc)).toEqual(['Ada', 'Grace']);
  });
});

describe('Room: limits and failures close with a named code', () => {
  it(`closes an editor of a board over its size limit with ${CloseCode.boardTooLarge}, and only that editor`, async () => {
    const { board } = await setup({ maxBoardBytes: 4096 });
    const room = await board('board1');
    const ada = connect(room);
    const reader = connect(room);
    // One large update is accepted (the limit is checked before applying) and takes the board over.
    ada.doc.transact(() => {
      for (let i = 0; i < 60; i++) addMember(ada, `Member number ${i} with a long enough name`);
    });
    await until('the large update is relayed', () => names(reader.doc).length === 60);
    expect(ada.peer.closed).toBeNull();
    addMember(ada, 'One more');
    expect(ada.peer.closed?.code).toBe(CloseCode.boardTooLarge);
    expect(reader.peer.closed).toBeNull();
    expect(names(room.doc)).not.toContain('One more');
  });

  it(`closes a slow reader with ${CloseCode.slowReader} instead of buffering for it`, async () => {
    const { board } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    const slow = connect(room);
    slow.peer.bufferedAmount = LIMITS.maxBufferedBytes + 1;
    addMember(ada, 'Ada');
    await until('the writer gets its acknowledgement', () => liveUpdates(ada.peer) === 1);
    expect(slow.peer.closed?.code).toBe(CloseCode.slowReader);
    expect(liveUpdates(slow.peer)).toBe(0);
    expect(ada.peer.closed).toBeNull();
  });

  it(`closes a board's connections with ${CloseCode.storeFailed} when the store refuses it; other boards in the same batch commit`, async () => {
    const { store, rooms, board, stored } = await setup();
    const broken = await board('broken1');
    const fine = await board('fine1');
    const [ada, bob] = [connect(broken), connect(broken)];
    const [cleo, dan] = [connect(fine), connect(fine)];
    store.failingBoards.add('broken1');
    store.hold('append');
    addMember(ada, 'Ada');
    addMember(cleo, 'Cleo');
    const batch = await store.next('append');
    expect(batch.boardIds.sort()).toEqual(['broken1', 'fine1']);
    store.unhold('append');
    await batch.release().catch(() => undefined);

    await until('the broken board is closed', () => ada.peer.closed !== null && bob.peer.closed !== null);
    expect([ada.peer.closed?.code, bob.peer.closed?.code]).toEqual([CloseCode.storeFailed, CloseCode.storeFailed]);
    expect(names(bob.doc)).toEqual([]);
    await until('the other board relays its update', () => names(dan.doc).length === 1);
    expect([cleo.peer.closed, dan.peer.closed]).toEqual([null, null]);
    expect(names(await stored('fine1'))).toEqual(['Cleo']);
    expect(names(await stored('broken1'))).toEqual([]);

    // The broken board was dropped from memory; the next connection reloads it, and edits work again.
    store.failingBoards.delete('broken1');
    const again = await rooms.acquire('broken1');
    expect(again).not.toBe(broken);
    const eve = connect(again!);
    addMember(eve, 'Eve');
    await until('the reloaded board commits', () => liveUpdates(eve.peer) === 1);
    expect(names(await stored('broken1'))).toEqual(['Eve']);
  });
});

describe('Room: compaction', () => {
  it('loses nothing committed while a compaction is being written', async () => {
    const { store, board, stored } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    addMember(ada, 'Ada');
    await until('Ada is committed', () => liveUpdates(ada.peer) === 1);

    store.hold('compact');
    const compaction = room.compact();
    const held = await store.next('compact');
    addMember(ada, 'Grace');
    await until('Grace is committed', () => liveUpdates(ada.peer) === 2);
    await held.release();
    await compaction;
    expect(names(await stored('board1'))).toEqual(['Ada', 'Grace']);
  });

  it('loses nothing whose commit is in flight while a compaction runs', async () => {
    const { store, board, stored } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    addMember(ada, 'Ada');
    await until('Ada is committed', () => liveUpdates(ada.peer) === 1);

    store.hold('append');
    addMember(ada, 'Grace');
    const held = await store.next('append');
    await room.compact();
    expect(names(await stored('board1'))).toEqual(['Ada']);
    await held.release();
    await until('Grace is committed', () => liveUpdates(ada.peer) === 2);
    expect(names(await stored('board1'))).toEqual(['Ada', 'Grace']);
    expect((await store.inner.load('board1'))?.seq).toBe(2);
  });

  it('runs one compaction at a time: one asked for meanwhile waits, then folds what is new', async () => {
    const { store, board } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    addMember(ada, 'Ada');
    await until('Ada is committed', () => liveUpdates(ada.peer) === 1);
    store.hold('compact');
    const first = room.compact();
    const firstCall = await store.next('compact');
    addMember(ada, 'Grace');
    await until('Grace is committed', () => liveUpdates(ada.peer) === 2);
    const second = room.compact();
    expect(store.parkedCount).toBe(0);
    await firstCall.release();
    await first;
    await (await store.next('compact')).release();
    await second;
    const stored = await store.inner.load('board1');
    expect(stored?.updates).toHaveLength(1);
    expect(stored?.seq).toBe(2);
  });

  it('loses nothing when compactions and appends interleave in every order', async () => {
    const { store, commit, board, stored } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    store.hold('append');
    store.hold('compact');
    const expected: string[] = [];
    for (let i = 0; i < 12; i++) {
      const name = `Person ${String(i).padStart(2, '0')}`;
      expected.push(name);
      addMember(ada, name);
      const append = await store.next('append');
      // The snapshot is taken now, without the held append; it is skipped when nothing new was committed.
      const compaction = room.compact();
      const folding = store.parkedCount > 0 ? await store.next('compact') : null;
      const [first, second] = i % 2 === 0 ? [folding, append] : [append, folding];
      await first?.release();
      await second?.release();
      await until(`${name} is committed`, () => liveUpdates(ada.peer) === i + 1);
      await compaction;
      expect(names(await stored('board1'))).toEqual(expected);
    }
    store.unhold('append');
    store.unhold('compact');
    await commit.idle();
    await room.compact();
    expect(names(await stored('board1'))).toEqual(expected);
    expect((await store.inner.load('board1'))?.updates).toHaveLength(1);
  });
});

describe('Room.applyLocal: relay-side operations (reveal, tally)', () => {
  it('commits before relaying, like a client update, and resolves only once committed', async () => {
    const { store, board, stored } = await setup();
    const room = await board('board1');
    const ada = connect(room);
    store.hold('append');
    let settled = false;
    const done = room
      .applyLocal((doc) => upsertMember(doc, { id: 'member-relay', name: 'Relay', color: '#336699', at: 1 }))
      .then((result) => {
        settled = true;
        return result;
      });
    const held = await store.next('append');
    expect(names(room.doc)).toEqual(['Relay']);
    expect(liveUpdates(ada.peer)).toBe(0);
    expect(settled).toBe(false);
    expect(names(await stored('board1'))).toEqual([]);
    await held.release();
    expect(await done).toEqual({ ok: true, value: undefined });
    expect(names(await stored('board1'))).toEqual(['Relay']);
    await until('ada receives it', () => names(ada.doc).length === 1);
  });

  it('rejects when the store refuses the commit, and resolves at once when nothing was written', async () => {
    const { store, board } = await setup();
    const room = await board('board1');
    expect(await room.applyLocal(() => 'nothing written')).toBe('nothing written');
    store.failingBoards.add('board1');
    await expect(room.applyLocal((doc) => upsertMember(doc, { id: 'member-relay', name: 'Relay', color: '#336699', at: 1 }))).rejects.toThrow('could not store the change');
  });
});
