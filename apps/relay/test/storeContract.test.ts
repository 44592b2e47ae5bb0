/**
 * The BoardStore contract, run against every implementation: the embedded SQLite file and a
 * real Postgres (a throwaway server, or DATABASE_URL). Per-board seqs from the committing
 * transaction, all-or-nothing batches, compaction only up to the snapshot's seq, gap fills.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardStore } from '../src/store/BoardStore.js';
import { PostgresStore } from '../src/store/PostgresStore.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { removeDir, tempDir } from './harness.js';
import { startPostgres, type TestPostgres } from './services/postgres.js';

const bytes = (...values: number[]) => new Uint8Array(values);
const contents = (updates: Uint8Array[] | undefined) => updates?.map((u) => [...u]);
let boardCounter = 0;
const newBoard = () => `board${Date.now()}x${boardCounter++}`;

interface Kind {
  name: string;
  /** Opens a store; the same `shared` key opens another handle on the same data (a second relay). */
  open(): Promise<BoardStore>;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** Whether two handles may commit at once (two relays on one database). */
  concurrent: boolean;
}

let postgres: TestPostgres | null = null;
let sqliteDir = '';
const opened: BoardStore[] = [];

const kinds: Kind[] = [
  {
    name: 'SqliteStore',
    concurrent: false,
    setup: async () => void (sqliteDir = tempDir()),
    teardown: async () => removeDir(sqliteDir),
    open: async () => new SqliteStore(sqliteDir),
  },
  {
    name: 'PostgresStore',
    concurrent: true,
    setup: async () => void (postgres = await startPostgres()),
    teardown: async () => postgres?.destroy(),
    open: async () => PostgresStore.open((postgres as TestPostgres).url),
  },
];

describe.each(kinds)('$name', (kind) => {
  let s: BoardStore;
  const open = async () => {
    const store = await kind.open();
    opened.push(store);
    return store;
  };
  beforeAll(async () => {
    await kind.setup();
    s = await open();
  }, 60_000);
  afterAll(async () => {
    for (const store of opened.splice(0)) await store.close().catch(() => undefined);
    await kind.teardown();
  });

  it('creates boards and tells which exist', async () => {
    const a = newBoard();
    expect(await s.exists(a)).toBe(false);
    expect(await s.load(a)).toBeNull();
    await s.create(a, bytes(7), 1);
    expect(await s.exists(a)).toBe(true);
    const loaded = await s.load(a);
    expect(contents(loaded?.updates)).toEqual([[7]]);
    expect([loaded?.bytes, loaded?.seq]).toEqual([1, 0]);
    await expect(s.create(a, bytes(8), 2)).rejects.toThrow();
  });

  it('numbers each board’s updates 1, 2, 3… in the committing transaction', async () => {
    const [a, b] = [newBoard(), newBoard()];
    await s.create(a, bytes(0), 1);
    await s.create(b, bytes(0), 1);
    expect(await s.append([{ boardId: a, update: bytes(1) }, { boardId: b, update: bytes(2) }, { boardId: a, update: bytes(3) }])).toEqual([1, 1, 2]);
    expect(await s.append([{ boardId: a, update: bytes(4) }])).toEqual([3]);
    const loaded = await s.load(a);
    expect(loaded?.seq).toBe(3);
    expect(contents(loaded?.updates)).toEqual([[0], [1], [3], [4]]);
    expect((await s.load(b))?.seq).toBe(1);
  });

  it('deletes a board with its log, leaving only a tombstone; lists the others', async () => {
    const [a, b] = [newBoard(), newBoard()];
    await s.create(a, bytes(1, 2, 3), 10);
    await s.create(b, bytes(4), 11);
    await s.append([{ boardId: a, update: bytes(5, 6) }]);
    const listed = (await s.list()).filter((l) => l.boardId === a || l.boardId === b);
    expect(listed).toEqual([
      { boardId: a, createdAt: 10, bytes: 5, lastSeq: 1 },
      { boardId: b, createdAt: 11, bytes: 1, lastSeq: 0 },
    ]);
    expect(await s.deletedAt(a)).toBeNull();
    expect(await s.delete(a, 99)).toBe(true);
    expect(await s.exists(a)).toBe(false);
    expect(await s.load(a)).toBeNull();
    expect(await s.loadSince(a, 0)).toBeNull();
    expect(await s.deletedAt(a)).toBe(99);
    expect((await s.list()).some((l) => l.boardId === a)).toBe(false);
    await expect(s.append([{ boardId: a, update: bytes(7) }])).rejects.toThrow(/unknown board/);
    expect(await s.delete(a, 100)).toBe(false);
    expect(await s.delete('never', 100)).toBe(false);
    expect(await s.deletedAt('never')).toBeNull();
    expect((await s.load(b))?.updates.map((u) => [...u])).toEqual([[4]]);
  });

  it('commits nothing of a batch that names an unknown board', async () => {
    const a = newBoard();
    await s.create(a, bytes(0), 1);
    await expect(s.append([{ boardId: a, update: bytes(1) }, { boardId: 'nope', update: bytes(2) }])).rejects.toThrow(/unknown board nope/);
    expect((await s.load(a))?.seq).toBe(0);
    expect(await s.append([{ boardId: a, update: bytes(1) }])).toEqual([1]);
  });

  it('compacts only up to the seq the snapshot includes; later updates stay', async () => {
    const a = newBoard();
    await s.create(a, bytes(0), 1);
    await s.append([{ boardId: a, update: bytes(1) }, { boardId: a, update: bytes(2) }]);
    await s.append([{ boardId: a, update: bytes(3) }]);
    // A snapshot of seq 1, written while seqs 2 and 3 were committed.
    await s.compact(a, bytes(0, 1), 1);
    const loaded = await s.load(a);
    expect(contents(loaded?.updates)).toEqual([[0, 1], [2], [3]]);
    expect(loaded?.seq).toBe(3);
    expect(loaded?.bytes).toBe(4);
    // An older snapshot arriving late changes nothing.
    await s.compact(a, bytes(9), 0);
    expect(contents((await s.load(a))?.updates)).toEqual([[0, 1], [2], [3]]);
    await s.compact(a, bytes(0, 1, 2, 3), 3);
    expect(contents((await s.load(a))?.updates)).toEqual([[0, 1, 2, 3]]);
    expect(await s.append([{ boardId: a, update: bytes(4) }])).toEqual([4]);
  });

  it('loadSince gives what follows a seq, with the snapshot when compaction folded part of it', async () => {
    const a = newBoard();
    await s.create(a, bytes(0), 1);
    await s.append([1, 2, 3, 4].map((v) => ({ boardId: a, update: bytes(v) })));
    expect(await s.loadSince('nope', 0)).toBeNull();
    let since = await s.loadSince(a, 2);
    expect(contents(since?.updates)).toEqual([[3], [4]]);
    expect(since?.seq).toBe(4);
    expect(contents((await s.loadSince(a, 4))?.updates)).toEqual([]);
    await s.compact(a, bytes(0, 1, 2, 3), 3);
    // Seq 3 is only in the snapshot now: a room at 2 gets the snapshot and the log after it.
    since = await s.loadSince(a, 2);
    expect(contents(since?.updates)).toEqual([[0, 1, 2, 3], [4]]);
    expect(contents((await s.loadSince(a, 3))?.updates)).toEqual([[4]]);
  });

  it('reports the last seq of each existing board, in one call', async () => {
    const [a, b] = [newBoard(), newBoard()];
    await s.create(a, bytes(0), 1);
    await s.create(b, bytes(0), 1);
    await s.append([{ boardId: a, update: bytes(1) }, { boardId: a, update: bytes(2) }]);
    expect(await s.lastSeqs([a, b, 'nope'])).toEqual(new Map([[a, 2], [b, 0]]));
    await s.compact(a, bytes(0, 1, 2), 2);
    expect((await s.lastSeqs([a])).get(a)).toBe(2);
    expect(await s.lastSeqs([])).toEqual(new Map());
  });

  it('survives being closed and reopened with everything committed', async () => {
    const a = newBoard();
    await s.create(a, bytes(0), 1);
    await s.append([{ boardId: a, update: bytes(5) }]);
    const other = await open();
    expect(contents((await other.load(a))?.updates)).toEqual([[0], [5]]);
    await other.ping();
  });

  if (kind.concurrent) it('gives gap-free seqs in commit order when two relays commit to one board at once', async () => {
    const a = newBoard();
    await s.create(a, bytes(0), 1);
    const second = await open();
    const [one, two] = await Promise.all(
      [s, second].map(async (store, r) => {
        const seqs: number[] = [];
        for (let i = 0; i < 40; i++) seqs.push(...(await store.append([{ boardId: a, update: bytes(r, i) }, { boardId: a, update: bytes(r, i, 0) }])));
        return seqs;
      }),
    );
    expect([...(one ?? []), ...(two ?? [])].sort((x, y) => x - y)).toEqual(Array.from({ length: 160 }, (_, i) => i + 1));
    // Each relay's own seqs rise, and the log replays in seq order.
    for (const seqs of [one, two]) expect(seqs).toEqual([...(seqs ?? [])].sort((x, y) => x - y));
    const loaded = await s.load(a);
    expect(loaded?.seq).toBe(160);
    expect(loaded?.updates.length).toBe(161);
  });
});
