/**
 * The fan-out seam with two relays in one process: two Rooms (each with its own GroupCommit)
 * over one store, joined by an in-memory bus standing in for Redis. Shows the contract a Redis
 * fan-out must keep: publish only after commit, apply others' messages without storing or
 * publishing them again, skip your own, and subscribe before loading so nothing falls between.
 */
import { selectMembers, upsertMember } from '@roundtable/model';
import { encodeSyncStep1, encodeUpdate } from '@roundtable/protocol';
import { randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { Connection } from '../Connection.js';
import { GroupCommit } from '../GroupCommit.js';
import { createMetrics } from '../metrics.js';
import type { Room } from '../Room.js';
import { Rooms } from '../Rooms.js';
import type { BoardStore } from '../store/BoardStore.js';
import { SqliteStore } from '../store/SqliteStore.js';
import { HeldStore } from '../testing/HeldStore.js';
import { TestPeer } from '../testing/TestPeer.js';
import type { Fanout, FanoutHandler, FanoutMessage } from './Fanout.js';

const log = pino({ level: 'silent' });
const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** An in-memory pub/sub: every relay's publish reaches every subscriber of the board, the publisher's own included. */
class Bus {
  readonly published: FanoutMessage[] = [];
  /** Messages still to lose in transit (published, delivered to nobody). */
  drop = 0;
  private readonly handlers = new Map<string, Set<FanoutHandler>>();

  fanout(): Fanout {
    return {
      relayId: randomUUID(),
      ready: true,
      publish: (message) => this.deliver(message),
      publishAwareness: () => undefined,
      queryPresence: () => undefined,
      publishDeleted: () => undefined,
      subscribe: async (board, handler) => {
        const set = this.handlers.get(board) ?? new Set();
        set.add(handler);
        this.handlers.set(board, set);
        return { unsubscribe: async () => void set.delete(handler) };
      },
      close: async () => undefined,
    };
  }

  deliver(message: FanoutMessage): void {
    this.published.push(message);
    if (this.drop > 0) {
      this.drop -= 1;
      return;
    }
    for (const handler of this.handlers.get(message.board) ?? []) handler(message);
  }
}

function relay(store: BoardStore, bus: Bus, seqCheckMs = 0): Rooms {
  const rooms = new Rooms({ store, commit: new GroupCommit(store), fanout: bus.fanout(), metrics: createMetrics(), log, maxBoardBytes: 1 << 24, compactAfter: 1_000_000, seqCheckMs, fillGaps: true });
  cleanups.push(() => rooms.closeAll());
  return rooms;
}

function client(room: Room) {
  const peer = new TestPeer();
  const connection = new Connection(peer, 'edit', room, { rateLimit: 100_000, maxBufferedBytes: 1 << 20 }, log, room.boardId);
  const doc = new Y.Doc();
  peer.onMessage = (m) => {
    if (m.type === 'update' || m.type === 'syncStep2') Y.applyUpdate(doc, m.update, peer);
  };
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin !== peer) connection.receive(encodeUpdate(update));
  });
  room.join(connection);
  connection.receive(encodeSyncStep1(Y.encodeStateVector(doc)));
  return { peer, doc };
}

const names = (doc: Y.Doc) => selectMembers(doc).map((m) => m.name).sort();
function member(doc: Y.Doc, name: string): void {
  const result = upsertMember(doc, { id: `member-${name.toLowerCase()}`, name, color: '#336699', at: 1 });
  if (!result.ok) throw new Error(result.error);
}

async function until(what: string, predicate: () => boolean): Promise<void> {
  for (let i = 0; i < 1000 && !predicate(); i++) await new Promise((resolve) => setImmediate(resolve));
  if (!predicate()) throw new Error(`never happened: ${what}`);
}

/** Waits in real time (timers must fire), polling. */
async function eventually(what: string, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`never happened: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}

async function sharedStore(): Promise<HeldStore> {
  const dir = mkdtempSync(join(tmpdir(), 'fanout-'));
  const store = new HeldStore(new SqliteStore(dir));
  cleanups.push(async () => {
    await store.close();
    rmSync(dir, { recursive: true, force: true });
  });
  await store.create('board1', Y.encodeStateAsUpdate(new Y.Doc()), 1);
  return store;
}

describe('fan-out between relays', () => {
  it('publishes once, after the commit, and the other relay delivers without storing or publishing again', async () => {
    const store = await sharedStore();
    const bus = new Bus();
    const roomA = (await relay(store, bus).acquire('board1'))!;
    const roomB = (await relay(store, bus).acquire('board1'))!;
    const ada = client(roomA);
    const bob = client(roomB);

    store.hold('append');
    member(ada.doc, 'Ada');
    const held = await store.next('append');
    expect(bus.published).toEqual([]);
    store.unhold('append');
    await held.release();
    await until('bob on the other relay sees Ada', () => names(bob.doc).length === 1);

    expect(bus.published).toHaveLength(1);
    expect(bus.published[0]).toMatchObject({ board: 'board1', firstSeq: 1, seq: 1 });
    expect(roomB.seq).toBe(1);
    expect((await store.load('board1'))?.seq).toBe(1);

    // And back: B commits and publishes, A delivers; A's own message was skipped (not delivered twice).
    member(bob.doc, 'Bea');
    await until('ada sees Bea', () => names(ada.doc).length === 2);
    expect(bus.published.map((m) => [m.firstSeq, m.seq])).toEqual([[1, 1], [2, 2]]);
    expect(ada.peer.received.filter((m) => m.type === 'update')).toHaveLength(2);
    expect(names(ada.doc)).toEqual(['Ada', 'Bea']);
  });

  it('subscribes before loading: applies what arrives during the load, drops what the load included', async () => {
    const store = await sharedStore();
    const bus = new Bus();
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (u: Uint8Array) => updates.push(u));
    member(writer, 'Ada');
    member(writer, 'Grace');
    // Another relay committed Ada as seq 1; Grace (seq 2) is committed there while we load.
    await store.append([{ boardId: 'board1', update: updates[0]! }]);
    const loading = Object.assign(Object.create(store) as HeldStore, {
      load: async (boardId: string) => {
        const stored = await store.load(boardId);
        bus.deliver({ board: 'board1', firstSeq: 1, seq: 1, relayId: 'other', update: updates[0]! });
        bus.deliver({ board: 'board1', firstSeq: 2, seq: 2, relayId: 'other', update: updates[1]! });
        return stored;
      },
    });
    const room = (await relay(loading, bus).acquire('board1'))!;
    expect(room.seq).toBe(2);
    const reader = client(room);
    expect(names(reader.doc)).toEqual(['Ada', 'Grace']);

    // A late duplicate changes nothing and is not relayed.
    bus.deliver({ board: 'board1', firstSeq: 1, seq: 2, relayId: 'other', update: Y.mergeUpdates(updates) });
    expect(reader.peer.received.filter((m) => m.type === 'update')).toHaveLength(0);
  });

  it('a board that goes quiet after its last message was lost catches up at the periodic seq check', async () => {
    const store = await sharedStore();
    const bus = new Bus();
    const roomA = (await relay(store, bus).acquire('board1'))!;
    const roomB = (await relay(store, bus, 50).acquire('board1'))!;
    const ada = client(roomA);
    const bob = client(roomB);
    member(ada.doc, 'Ada');
    await eventually('bob sees Ada', () => names(bob.doc).length === 1);

    // The last message before the board goes quiet is lost: no later message shows B a gap.
    bus.drop = 1;
    member(ada.doc, 'Grace');
    await eventually('A committed and published Grace', () => bus.published.length === 2);
    expect(roomA.seq).toBe(2);
    expect(names(bob.doc)).toEqual(['Ada']);
    await eventually('bob sees Grace, read from the store', () => names(bob.doc).length === 2);
    expect(names(bob.doc)).toEqual(['Ada', 'Grace']);
    expect(roomB.seq).toBe(2);
  });
});
