import Database from 'better-sqlite3';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { SQLITE_FILE, SQLITE_FORMAT, SqliteStore } from './SqliteStore.js';

const dirs: string[] = [];
const stores: SqliteStore[] = [];
afterEach(async () => {
  for (const s of stores.splice(0)) await s.close().catch(() => undefined);
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'sqlite-store-'));
  dirs.push(d);
  return d;
}

function open(d = dir()): SqliteStore {
  const s = new SqliteStore(d);
  stores.push(s);
  return s;
}

const bytes = (...values: number[]) => new Uint8Array(values);
// The BoardStore contract itself runs against SQLite and Postgres in test/storeContract.test.ts.
const contents = (updates: Uint8Array[] | undefined) => updates?.map((u) => [...u]);

describe('SqliteStore', () => {
  it('migrates a file of the first format, numbering each board’s log in commit order', async () => {
    const d = dir();
    const old = new Database(join(d, SQLITE_FILE));
    old.exec(`
      CREATE TABLE boards (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, snapshot BLOB NOT NULL);
      CREATE TABLE updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX updates_by_board ON updates (board_id, seq);
    `);
    old.prepare('INSERT INTO boards VALUES (?, 1, ?)').run('a', bytes(0));
    old.prepare('INSERT INTO boards VALUES (?, 1, ?)').run('b', bytes(0));
    old.prepare('INSERT INTO boards VALUES (?, 1, ?)').run('c', bytes(0));
    for (const [board, value] of [['a', 1], ['b', 5], ['a', 2], ['b', 6], ['a', 3]] as const) old.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)').run(board, bytes(value));
    old.close();

    const s = open(d);
    expect(contents((await s.load('a'))?.updates)).toEqual([[0], [1], [2], [3]]);
    expect((await s.load('a'))?.seq).toBe(3);
    expect((await s.load('b'))?.seq).toBe(2);
    expect((await s.load('c'))?.seq).toBe(0);
    expect(await s.append([{ boardId: 'b', update: bytes(7) }])).toEqual([3]);
    await s.close();
    const again = open(d);
    expect(contents((await again.load('b'))?.updates)).toEqual([[0], [5], [6], [7]]);
    const raw = new Database(join(d, SQLITE_FILE), { readonly: true });
    expect(raw.pragma('user_version', { simple: true })).toBe(SQLITE_FORMAT);
    raw.close();
  });
});
