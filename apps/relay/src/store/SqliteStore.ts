/**
 * The embedded store: one SQLite file (better-sqlite3) in ROUNDTABLE_DATA_DIR.
 *
 * Format (user_version 2):
 *   boards(id TEXT PRIMARY KEY, created_at INTEGER, snapshot BLOB,   -- full Yjs state
 *          snapshot_seq INTEGER,                                     -- last seq the snapshot includes
 *          last_seq INTEGER)                                         -- last seq assigned
 *   board_updates(board_id TEXT, seq INTEGER, data BLOB, PRIMARY KEY (board_id, seq))
 *                                                                     -- log after the snapshot
 *   deleted_boards(id TEXT PRIMARY KEY, deleted_at INTEGER)            -- tombstones: id and time only
 * A file of the first format (user_version 0: one global `updates` log) is migrated on open,
 * numbering each board's log 1, 2, 3… in its commit order; format 1 gains `deleted_boards`.
 *
 * Deleting a board leaves none of its bytes in the file: `secure_delete` overwrites freed
 * content with zeros, and the WAL is checkpointed and truncated right after the delete (the
 * WAL still held the pages as they were before).
 *
 * WAL mode. `synchronous=NORMAL` (default) makes every committed transaction survive a
 * crash or kill -9 of the process; `FULL` also survives power loss at the price of an fsync
 * per group commit (ROUNDTABLE_SQLITE_SYNC). better-sqlite3 is synchronous: a group commit
 * of a few hundred small updates takes well under a millisecond, and one relay process is the
 * only writer, so reading `last_seq` and writing it back in one transaction is race-free.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BoardListing, BoardStore, BoardUpdate, StoredBoard } from './BoardStore.js';

export const SQLITE_FILE = 'roundtable.sqlite';

/** The format this code writes (`PRAGMA user_version`). */
export const SQLITE_FORMAT = 2;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS boards (
    id TEXT PRIMARY KEY, created_at INTEGER NOT NULL, snapshot BLOB NOT NULL,
    snapshot_seq INTEGER NOT NULL DEFAULT 0, last_seq INTEGER NOT NULL DEFAULT 0);
  CREATE TABLE IF NOT EXISTS board_updates (
    board_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (board_id, seq));
`;

/** Format 1 -> 2: tombstones of deleted boards. */
const MIGRATE_FROM_1 = `
  CREATE TABLE IF NOT EXISTS deleted_boards (id TEXT PRIMARY KEY, deleted_at INTEGER NOT NULL);
`;

/** Format 0 -> 1: per-board seqs instead of one global log. */
const MIGRATE_FROM_0 = `
  ALTER TABLE boards ADD COLUMN snapshot_seq INTEGER NOT NULL DEFAULT 0;
  ALTER TABLE boards ADD COLUMN last_seq INTEGER NOT NULL DEFAULT 0;
  CREATE TABLE board_updates (
    board_id TEXT NOT NULL, seq INTEGER NOT NULL, data BLOB NOT NULL, PRIMARY KEY (board_id, seq));
  INSERT INTO board_updates (board_id, seq, data)
    SELECT board_id, ROW_NUMBER() OVER (PARTITION BY board_id ORDER BY seq), data FROM updates;
  UPDATE boards SET last_seq = COALESCE((SELECT MAX(seq) FROM board_updates WHERE board_id = boards.id), 0);
  DROP TABLE updates;
`;

export class SqliteStore implements BoardStore {
  private readonly db: Database.Database;
  private readonly stmts;
  /** The group commit's transaction: assigns each update the next seq of its board. */
  private readonly appendAll: (batch: readonly BoardUpdate[]) => number[];

  constructor(dataDir: string, sync: 'normal' | 'full' = 'normal') {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, SQLITE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma(`synchronous = ${sync === 'full' ? 'FULL' : 'NORMAL'}`);
    this.db.pragma('secure_delete = ON');
    this.migrate();
    this.stmts = {
      create: this.db.prepare('INSERT INTO boards (id, created_at, snapshot) VALUES (?, ?, ?)'),
      exists: this.db.prepare<[string], { one: number }>('SELECT 1 AS one FROM boards WHERE id = ?'),
      snapshot: this.db.prepare<[string], { snapshot: Buffer; snapshot_seq: number; last_seq: number }>('SELECT snapshot, snapshot_seq, last_seq FROM boards WHERE id = ?'),
      log: this.db.prepare<[string, number], { data: Buffer }>('SELECT data FROM board_updates WHERE board_id = ? AND seq > ? ORDER BY seq'),
      lastSeq: this.db.prepare<[string], { last_seq: number }>('SELECT last_seq FROM boards WHERE id = ?'),
      setLastSeq: this.db.prepare('UPDATE boards SET last_seq = ? WHERE id = ?'),
      append: this.db.prepare('INSERT INTO board_updates (board_id, seq, data) VALUES (?, ?, ?)'),
      setSnapshot: this.db.prepare('UPDATE boards SET snapshot = ?, snapshot_seq = ? WHERE id = ? AND snapshot_seq <= ?'),
      trimLog: this.db.prepare('DELETE FROM board_updates WHERE board_id = ? AND seq <= ?'),
      ping: this.db.prepare('SELECT 1'),
      deleteBoard: this.db.prepare('DELETE FROM boards WHERE id = ?'),
      deleteLog: this.db.prepare('DELETE FROM board_updates WHERE board_id = ?'),
      tombstone: this.db.prepare('INSERT OR REPLACE INTO deleted_boards (id, deleted_at) VALUES (?, ?)'),
      deletedAt: this.db.prepare<[string], { deleted_at: number }>('SELECT deleted_at FROM deleted_boards WHERE id = ?'),
      list: this.db.prepare<[], { id: string; created_at: number; last_seq: number; bytes: number }>(
        `SELECT id, created_at, last_seq, length(snapshot) + COALESCE((SELECT SUM(length(data)) FROM board_updates WHERE board_id = boards.id), 0) AS bytes
         FROM boards ORDER BY created_at, id`,
      ),
    };
    this.appendAll = this.db.transaction((batch: readonly BoardUpdate[]): number[] => {
      const next = new Map<string, number>();
      const seqs: number[] = [];
      for (const { boardId, update } of batch) {
        let seq = next.get(boardId);
        if (seq === undefined) {
          const row = this.stmts.lastSeq.get(boardId);
          if (!row) throw new Error(`cannot append to unknown board ${boardId}`);
          seq = row.last_seq;
        }
        seq += 1;
        next.set(boardId, seq);
        this.stmts.append.run(boardId, seq, update);
        seqs.push(seq);
      }
      for (const [boardId, seq] of next) this.stmts.setLastSeq.run(seq, boardId);
      return seqs;
    });
  }

  private migrate(): void {
    const version = this.db.pragma('user_version', { simple: true }) as number;
    if (version > SQLITE_FORMAT) throw new Error(`${SQLITE_FILE} has format ${version}, newer than this relay (${SQLITE_FORMAT}); run a newer relay`);
    if (version === SQLITE_FORMAT) return;
    const hasV0Log = this.db.prepare("SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'updates'").get() !== undefined;
    this.db.transaction(() => {
      if (version === 0) this.db.exec(hasV0Log ? MIGRATE_FROM_0 : SCHEMA);
      this.db.exec(MIGRATE_FROM_1);
      this.db.pragma(`user_version = ${SQLITE_FORMAT}`);
    })();
  }

  async create(boardId: string, snapshot: Uint8Array, createdAt: number): Promise<void> {
    this.stmts.create.run(boardId, createdAt, snapshot);
  }

  async exists(boardId: string): Promise<boolean> {
    return this.stmts.exists.get(boardId) !== undefined;
  }

  async load(boardId: string): Promise<StoredBoard | null> {
    // One read transaction, so the snapshot and the log agree even with a compaction between.
    return this.db.transaction(() => {
      const row = this.stmts.snapshot.get(boardId);
      if (!row) return null;
      const updates: Uint8Array[] = [row.snapshot];
      let bytes = row.snapshot.byteLength;
      for (const { data } of this.stmts.log.iterate(boardId, row.snapshot_seq)) {
        updates.push(data);
        bytes += data.byteLength;
      }
      return { updates, bytes, seq: row.last_seq };
    })();
  }

  async loadSince(boardId: string, seq: number): Promise<StoredBoard | null> {
    return this.db.transaction(() => {
      const row = this.stmts.snapshot.get(boardId);
      if (!row) return null;
      // Updates up to snapshot_seq are gone from the log: the snapshot stands in for them.
      const updates: Uint8Array[] = seq < row.snapshot_seq ? [row.snapshot] : [];
      let bytes = updates[0]?.byteLength ?? 0;
      for (const { data } of this.stmts.log.iterate(boardId, Math.max(seq, row.snapshot_seq))) {
        updates.push(data);
        bytes += data.byteLength;
      }
      return { updates, bytes, seq: row.last_seq };
    })();
  }

  async lastSeqs(boardIds: readonly string[]): Promise<Map<string, number>> {
    const seqs = new Map<string, number>();
    for (const id of boardIds) {
      const row = this.stmts.lastSeq.get(id);
      if (row) seqs.set(id, row.last_seq);
    }
    return seqs;
  }

  async append(batch: readonly BoardUpdate[]): Promise<number[]> {
    return this.appendAll(batch);
  }

  async compact(boardId: string, snapshot: Uint8Array, seq: number): Promise<void> {
    this.db.transaction(() => {
      if (this.stmts.setSnapshot.run(snapshot, seq, boardId, seq).changes === 0) return;
      this.stmts.trimLog.run(boardId, seq);
    })();
  }

  async delete(boardId: string, deletedAt: number): Promise<boolean> {
    const existed = this.db.transaction(() => {
      this.stmts.deleteLog.run(boardId);
      const removed = this.stmts.deleteBoard.run(boardId).changes > 0;
      if (removed) this.stmts.tombstone.run(boardId, deletedAt);
      return removed;
    })();
    // The WAL still holds the deleted pages as they were: copy the zeroed ones into the file
    // and empty the WAL. Best effort: a reader in the middle of a read makes it partial, and
    // the next checkpoint (SQLite's automatic one) finishes the job.
    if (existed) this.db.pragma('wal_checkpoint(TRUNCATE)');
    return existed;
  }

  async deletedAt(boardId: string): Promise<number | null> {
    return this.stmts.deletedAt.get(boardId)?.deleted_at ?? null;
  }

  async list(): Promise<BoardListing[]> {
    return this.stmts.list.all().map((r) => ({ boardId: r.id, createdAt: r.created_at, lastSeq: r.last_seq, bytes: r.bytes }));
  }

  async ping(): Promise<void> {
    this.stmts.ping.get();
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
