/**
 * Board keys in the relay's SQLite file, table `board_key`:
 *   board_key(board_id TEXT PRIMARY KEY, public_key BLOB, wrapped_secret BLOB, created_at INTEGER)
 * Its own connection to the same file (WAL lets it sit beside SqliteStore's): keys are written
 * once per board and read once per load, so they need nothing from the group commit.
 */
import Database from 'better-sqlite3';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { SQLITE_FILE } from '../store/SqliteStore.js';
import type { BoardKeyStore, StoredBoardKey } from './BoardKeyStore.js';

interface Row {
  board_id: string;
  public_key: Buffer;
  wrapped_secret: Buffer;
  created_at: number;
}

export class SqliteBoardKeyStore implements BoardKeyStore {
  private readonly db: Database.Database;
  private readonly stmts;

  constructor(dataDir: string) {
    mkdirSync(dataDir, { recursive: true });
    this.db = new Database(join(dataDir, SQLITE_FILE));
    this.db.pragma('journal_mode = WAL');
    this.db.pragma('busy_timeout = 5000');
    this.db.pragma('secure_delete = ON');
    this.db.exec(`CREATE TABLE IF NOT EXISTS board_key (
      board_id TEXT PRIMARY KEY, public_key BLOB NOT NULL, wrapped_secret BLOB NOT NULL, created_at INTEGER NOT NULL)`);
    this.stmts = {
      load: this.db.prepare<[string], Row>('SELECT board_id, public_key, wrapped_secret, created_at FROM board_key WHERE board_id = ?'),
      insert: this.db.prepare('INSERT OR IGNORE INTO board_key (board_id, public_key, wrapped_secret, created_at) VALUES (?, ?, ?, ?)'),
      delete: this.db.prepare('DELETE FROM board_key WHERE board_id = ?'),
    };
  }

  async load(boardId: string): Promise<StoredBoardKey | null> {
    const row = this.stmts.load.get(boardId);
    return row ? { boardId: row.board_id, publicKey: row.public_key, wrappedSecretKey: row.wrapped_secret, createdAt: row.created_at } : null;
  }

  async insertIfAbsent(key: StoredBoardKey): Promise<StoredBoardKey> {
    this.stmts.insert.run(key.boardId, key.publicKey, key.wrappedSecretKey, key.createdAt);
    return (await this.load(key.boardId)) ?? key;
  }

  async delete(boardId: string): Promise<void> {
    // secure_delete zeroes the freed bytes; the checkpoint takes the old pages out of the WAL.
    if (this.stmts.delete.run(boardId).changes > 0) this.db.pragma('wal_checkpoint(TRUNCATE)');
  }

  async close(): Promise<void> {
    this.db.close();
  }
}
