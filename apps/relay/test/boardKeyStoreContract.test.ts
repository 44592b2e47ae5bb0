/**
 * The BoardKeyStore contract, run against the embedded SQLite file and a real Postgres (a
 * throwaway server, or DATABASE_URL): one key per board whoever creates it first, two handles
 * (two relays) creating at once agree, the secret key is only ever stored wrapped, and a key
 * created through one handle opens on another with the same secret and on no other secret.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { createOpener, createSealer } from '@roundtable/sealing';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { BoardKeyStore, StoredBoardKey } from '../src/sealing/BoardKeyStore.js';
import { BoardKeys } from '../src/sealing/BoardKeys.js';
import { PostgresBoardKeyStore } from '../src/sealing/PostgresBoardKeyStore.js';
import { SqliteBoardKeyStore } from '../src/sealing/SqliteBoardKeyStore.js';
import { removeDir, tempDir } from './harness.js';
import { startPostgres, type TestPostgres } from './services/postgres.js';

const SECRET = 'relay-secret-relay-secret-relay-secret-01';
let counter = 0;
const newBoard = () => `keyboard${Date.now()}x${counter++}`;

interface Kind {
  name: string;
  setup(): Promise<void>;
  teardown(): Promise<void>;
  /** Opens another handle on the same data (another relay). */
  open(): Promise<BoardKeyStore>;
  /** Every byte the store holds at rest, to search for a key. */
  storedBytes(): Promise<Buffer>;
}

let sqliteDir = '';
let postgres: TestPostgres | null = null;

const kinds: Kind[] = [
  {
    name: 'SqliteBoardKeyStore',
    setup: async () => void (sqliteDir = tempDir()),
    teardown: async () => removeDir(sqliteDir),
    open: async () => new SqliteBoardKeyStore(sqliteDir),
    storedBytes: async () => Buffer.concat(readdirSync(sqliteDir).map((name) => readFileSync(join(sqliteDir, name)))),
  },
  {
    name: 'PostgresBoardKeyStore',
    setup: async () => void (postgres = await startPostgres()),
    teardown: async () => postgres?.destroy(),
    open: async () => PostgresBoardKeyStore.open((postgres as TestPostgres).url),
    storedBytes: async () => {
      const client = new pg.Client({ connectionString: (postgres as TestPostgres).url });
      await client.connect();
      try {
        const { rows } = await client.query<Record<string, unknown>>('SELECT * FROM board_key');
        return Buffer.concat(rows.flatMap((row) => Object.values(row).map((v) => (Buffer.isBuffer(v) ? v : Buffer.from(String(v))))));
      } finally {
        await client.end();
      }
    },
  },
];

const fakeKey = (boardId: string, fill: number): StoredBoardKey => ({
  boardId,
  publicKey: new Uint8Array(32).fill(fill),
  wrappedSecretKey: new Uint8Array(73).fill(fill),
  createdAt: 1000 + fill,
});

describe.each(kinds)('$name', (kind) => {
  const opened: BoardKeyStore[] = [];
  const open = async () => {
    const store = await kind.open();
    opened.push(store);
    return store;
  };
  beforeAll(async () => kind.setup(), 60_000);
  afterAll(async () => {
    for (const store of opened.splice(0)) await store.close().catch(() => undefined);
    await kind.teardown();
  });

  it('has no key for a board until one is inserted; the first insert wins', async () => {
    const store = await open();
    const board = newBoard();
    expect(await store.load(board)).toBeNull();
    const first = await store.insertIfAbsent(fakeKey(board, 1));
    expect(first).toMatchObject({ boardId: board, createdAt: 1001 });
    expect([...first.publicKey]).toEqual(new Array(32).fill(1));
    const second = await store.insertIfAbsent(fakeKey(board, 2));
    expect([...second.publicKey]).toEqual(new Array(32).fill(1));
    expect([...second.wrappedSecretKey]).toEqual(new Array(73).fill(1));
    const loaded = await store.load(board);
    expect(loaded && [...loaded.publicKey]).toEqual(new Array(32).fill(1));
  });

  it('two handles inserting at once (two relays) all get the one stored key', async () => {
    const [a, b] = [await open(), await open()];
    const board = newBoard();
    const results = await Promise.all(Array.from({ length: 10 }, (_, i) => (i % 2 ? a : b).insertIfAbsent(fakeKey(board, i + 1))));
    const winner = results[0]!.publicKey[0];
    expect(results.map((r) => r.publicKey[0])).toEqual(new Array(10).fill(winner));
    expect((await a.load(board))?.publicKey[0]).toBe(winner);
    expect((await b.load(board))?.publicKey[0]).toBe(winner);
  });

  it('relays creating a board key at once agree, and what one seals the other opens', async () => {
    const [a, b] = [new BoardKeys(await open(), SECRET), new BoardKeys(await open(), SECRET)];
    const board = newBoard();
    const [fromA, fromB] = await Promise.all([a.keyPair(board), b.keyPair(board)]);
    if (!fromA.ok || !fromB.ok) throw new Error('no key');
    expect(fromA.value.publicKey).toEqual(fromB.value.publicKey);
    const place = { sectionId: 's1', itemId: 'd1', kind: 'draft' as const };
    const sealed = createSealer(board, fromA.value.publicKey)(place, new Uint8Array([4, 5, 6]));
    if (!sealed.ok) throw new Error(sealed.error);
    expect(createOpener(board, fromB.value.secretKey)(place, sealed.value)).toEqual({ ok: true, value: new Uint8Array([4, 5, 6]) });
  });

  it('holds the secret key only wrapped; another secret cannot unwrap it', async () => {
    const board = newBoard();
    const pair = await new BoardKeys(await open(), SECRET).keyPair(board);
    if (!pair.ok) throw new Error(pair.error);
    const bytes = await kind.storedBytes();
    expect(bytes.includes(Buffer.from(pair.value.publicKey))).toBe(true); // the search can find a key
    expect(bytes.includes(Buffer.from(pair.value.secretKey))).toBe(false);
    expect(await new BoardKeys(await open(), 'another-secret-another-secret-another-01').keyPair(board)).toEqual({
      ok: false,
      error: expect.stringContaining('ROUNDTABLE_SECRET'),
    });
  });
});
