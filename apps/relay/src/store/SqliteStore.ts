/**
 * The embedded store: one SQLite file (better-sqlite3) in ROUNDTABLE_DATA_DIR.
 *
 * Format:
 *   boards(id TEXT PRIMARY KEY, created_at INTEGER, snapshot BLOB)   -- full Yjs state
 *   updates(seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT, data BLOB)
 *                                                                     -- log since snapshot
 * WAL mode. `synchronous=NORMAL` (default) makes every committed transaction survive a
 * crash or kill -9 of the process; `FULL` also survives power loss at the price of an fsync
 * per group commit (ROUNDTABLE_SQLITE_SYNC). better-sqlite3 is synchronous: a group commit
 * of a few hundred small updates takes well under a millisecond.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BoardStore, BoardUpdate, StoredBoard } from './BoardStore.js';

export const SQLITE_FILE = 'roundtable.sqlite';

export class SqliteStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(dataDir: string, sync: 'normal' | 'full' = 'normal') {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, SQLITE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.exec(`
      CREATE TABLE IF NOT EXISTS boards (id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, snapshot BLOB NOT NULL);
      CREATE TABLE IF NOT EXISTS updates (seq INTEGER PRIMARY KEY AUTOINCREMENT, board_id TEXT NOT NULL, data BLOB NOT NULL);
      CREATE INDEX IF NOT EXISTS updates_by_board ON updates (board_id, seq);
    `);
    this.stmts = {
      create: this.db.prepare('INSERT INTO boards (id, created_at, snapshot) VALUES (?, ?, ?)'),
      exists: this.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM boards WHERE id = ?'),
      snapshot: this.db.prepare<[string], { snapshot: Buffer }>('SELECT snapshot FROM boards WHERE id = ?'),
      log: this.db.prepare<[string], { data: Buffer }>('SELECT data FROM updates WHERE board_id = ? ORDER BY seq'),
      append: this.db.prepare('INSERT INTO updates (board_id, data) VALUES (?, ?)'),
      setSnapshot: this.db.prepare('UPDATE boards SET snapshot = ? WHERE id = ?'),
      clearLog: this.db.prepare('DELETE FROM updates WHERE board_id = ?'),
      ping: this.db.prepare('SELECT 1'),
    };
  }

  async create(boardId: string, snapshot: Uint8Array, createdAt: number): Promise<void> {
    this.stmts.create.run(boardId, createdAt, snapshot);
  }

  async exists(boardId: string): Promise<boolean> {
    return this.stmts.exists.get(boardId) !== undefined;
  }

  async load(boardId: string): Promise<StoredBoard | null> {
    const row = this.stmts.snapshot.get(boardId);
    if (!row) return null;
    const updates: Uint8Array[] = [row.snapshot];
    let bytes = row.snapshot.byteLength;
    for (const { data } of this.stmts.log.iterate(boardId)) {
      updates.push(data);
      bytes += data.byteLength;
    }
    return { updates, bytes };
  }

  private readonly appendAll = (batch: readonly BoardUpdate[]) => {
    this.db.transaction(() => {
      for (const { boardId, update } of batch) this.stmts.append.run(boardId, update);
    })();
  };

  async append(batch: readonly BoardUpdate[]): Promise<void> {
    this.appendAll(batch);
  }

  async compact(boardId: string, snapshot: Uint8Array): Promise<void> {
    this.db.transaction(() => {
      this.stmts.setSnapshot.run(snapshot, boardId);
      this.stmts.clearLog.run(boardId);
    })();
  }

  async ping(): Promise<void> {
    this.stmts.ping.get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
