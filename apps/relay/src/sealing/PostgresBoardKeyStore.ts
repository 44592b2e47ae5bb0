/**
 * Board keys in Postgres (with DATABASE_URL), so every relay of a deployment serves the same
 * key and can reveal and tally whichever relay gets the request. Table, beside the board tables:
 *   board_key(board_id text PRIMARY KEY, public_key bytea, wrapped_secret bytea, created_at bigint)
 * Wrapped at rest exactly as in SQLite (keyWrap.ts); no foreign key to `board`, like SQLite's.
 * `insertIfAbsent` is `INSERT … ON CONFLICT DO NOTHING` then a read, so two relays creating a
 * key at once both end up with the row that committed first. Its own small pool: keys are
 * written once per board and read once per relay (then cached), nothing to share with commits.
 */
import pg from 'pg';
import { SCHEMA_LOCK } from '../store/PostgresStore.js';
import { inTransaction } from '../store/pgTransaction.js';
import type { BoardKeyStore, StoredBoardKey } from './BoardKeyStore.js';

const TABLE = `CREATE TABLE IF NOT EXISTS board_key (
  board_id text PRIMARY KEY, public_key bytea NOT NULL, wrapped_secret bytea NOT NULL, created_at bigint NOT NULL)`;

interface Row {
  board_id: string;
  public_key: Buffer;
  wrapped_secret: Buffer;
  created_at: string;
}

export class PostgresBoardKeyStore implements BoardKeyStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects and creates the table if needed (under the schema's advisory lock). Rejects naming what is wrong. */
  static async open(url: string, options: { onIdleError?: (error: Error) => void } = {}): Promise<PostgresBoardKeyStore> {
    const pool = new pg.Pool({ connectionString: url, max: 2, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
    pool.on('error', (error) => options.onIdleError?.(error));
    try {
      await inTransaction(pool, 'BEGIN', async (client) => {
        await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
        await client.query(TABLE);
      });
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresBoardKeyStore(pool);
  }

  async load(boardId: string): Promise<StoredBoardKey | null> {
    const { rows } = await this.pool.query<Row>('SELECT board_id, public_key, wrapped_secret, created_at FROM board_key WHERE board_id = $1', [boardId]);
    const row = rows[0];
    return row ? { boardId: row.board_id, publicKey: row.public_key, wrappedSecretKey: row.wrapped_secret, createdAt: Number(row.created_at) } : null;
  }

  async insertIfAbsent(key: StoredBoardKey): Promise<StoredBoardKey> {
    await this.pool.query('INSERT INTO board_key (board_id, public_key, wrapped_secret, created_at) VALUES ($1, $2, $3, $4) ON CONFLICT (board_id) DO NOTHING', [
      key.boardId,
      Buffer.from(key.publicKey),
      Buffer.from(key.wrappedSecretKey),
      key.createdAt,
    ]);
    return (await this.load(key.boardId)) ?? key;
  }

  async delete(boardId: string): Promise<void> {
    await this.pool.query('DELETE FROM board_key WHERE board_id = $1', [boardId]);
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}
