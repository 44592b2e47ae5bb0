/**
 * The scale-out store: Postgres (`pg`), shared by every relay of a deployment (DATABASE_URL).
 *
 * Schema (`roundtable_schema.version` 2, created on first start under an advisory lock so two
 * relays starting together do not race):
 *   board(id text PRIMARY KEY, created_at bigint, snapshot bytea,     -- full Yjs state
 *         snapshot_seq bigint,                                       -- last seq the snapshot includes
 *         last_seq bigint)                                           -- last seq assigned
 *   board_update(board_id text, seq bigint, update bytea, PRIMARY KEY (board_id, seq))
 *   deleted_board(id text PRIMARY KEY, deleted_at bigint)            -- tombstones (version 2)
 *
 * Seqs: the group commit's transaction locks the batch's board rows (`SELECT … FOR UPDATE`, in
 * id order so two relays' batches cannot deadlock), numbers the updates from each board's
 * `last_seq`, inserts them and writes `last_seq` back. Another relay committing to the same
 * board waits on the row lock, so seqs are gap-free and in commit order per board.
 * Reads (`load`, `loadSince`) run in one REPEATABLE READ transaction, so the snapshot and the
 * log agree even with a compaction committing in between.
 * Board sealing keys live in the same database, table `board_key` (sealing/PostgresBoardKeyStore.ts).
 */
import pg from 'pg';
import { inTransaction } from './pgTransaction.js';
import type { BoardListing, BoardStore, BoardUpdate, StoredBoard } from './BoardStore.js';

/** The schema version this code writes. */
export const POSTGRES_FORMAT = 2;

const SCHEMA = `
  CREATE TABLE IF NOT EXISTS roundtable_schema (version integer NOT NULL);
  CREATE TABLE IF NOT EXISTS board (
    id text PRIMARY KEY, created_at bigint NOT NULL, snapshot bytea NOT NULL,
    snapshot_seq bigint NOT NULL DEFAULT 0, last_seq bigint NOT NULL DEFAULT 0);
  CREATE TABLE IF NOT EXISTS board_update (
    board_id text NOT NULL REFERENCES board (id) ON DELETE CASCADE, seq bigint NOT NULL,
    update bytea NOT NULL, PRIMARY KEY (board_id, seq));
  CREATE TABLE IF NOT EXISTS deleted_board (id text PRIMARY KEY, deleted_at bigint NOT NULL);
`;

/** Any number: the advisory lock that serialises schema creation between relays. */
export const SCHEMA_LOCK = 0x52_54_42_44;

// bigint columns come back as strings by default; seqs and times fit in a double.
const int = (value: unknown): number => Number(value);

export interface PostgresStoreOptions {
  /** Connections in the pool (the group commit uses one at a time; loads and compactions share the rest). */
  poolSize?: number;
  /** Called when an idle pooled connection fails (Postgres restarted); the pool replaces it. */
  onIdleError?: (error: Error) => void;
}

export class PostgresStore implements BoardStore {
  private constructor(private readonly pool: pg.Pool) {}

  /** Connects, creates or checks the schema, and returns the store. Rejects naming what is wrong. */
  static async open(url: string, options: PostgresStoreOptions = {}): Promise<PostgresStore> {
    const pool = new pg.Pool({ connectionString: url, max: options.poolSize ?? 8, connectionTimeoutMillis: 5000, idleTimeoutMillis: 30_000 });
    // Without a listener, an idle client's error (Postgres restarting) would crash the process.
    pool.on('error', (error) => options.onIdleError?.(error));
    try {
      await migrate(pool);
    } catch (error) {
      await pool.end().catch(() => undefined);
      throw error;
    }
    return new PostgresStore(pool);
  }

  async create(boardId: string, snapshot: Uint8Array, createdAt: number): Promise<void> {
    await this.pool.query('INSERT INTO board (id, created_at, snapshot) VALUES ($1, $2, $3)', [boardId, createdAt, Buffer.from(snapshot)]);
  }

  async exists(boardId: string): Promise<boolean> {
    const { rowCount } = await this.pool.query('SELECT 1 FROM board WHERE id = $1', [boardId]);
    return (rowCount ?? 0) > 0;
  }

  load(boardId: string): Promise<StoredBoard | null> {
    return this.read(boardId, null);
  }

  loadSince(boardId: string, seq: number): Promise<StoredBoard | null> {
    return this.read(boardId, seq);
  }

  /** The snapshot and log after it (`since` null), or what follows `since`, in one consistent read. */
  private async read(boardId: string, since: number | null): Promise<StoredBoard | null> {
    return inTransaction(this.pool, 'BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY', async (client) => {
      const board = await client.query<{ snapshot: Buffer; snapshot_seq: string; last_seq: string }>(
        'SELECT snapshot, snapshot_seq, last_seq FROM board WHERE id = $1',
        [boardId],
      );
      const row = board.rows[0];
      if (!row) return null;
      const snapshotSeq = int(row.snapshot_seq);
      // Updates up to snapshot_seq are gone from the log: the snapshot stands in for them.
      const withSnapshot = since === null || since < snapshotSeq;
      const after = since === null ? snapshotSeq : Math.max(since, snapshotSeq);
      const log = await client.query<{ update: Buffer }>('SELECT update FROM board_update WHERE board_id = $1 AND seq > $2 ORDER BY seq', [boardId, after]);
      const updates: Uint8Array[] = withSnapshot ? [row.snapshot] : [];
      for (const { update } of log.rows) updates.push(update);
      const bytes = updates.reduce((sum, u) => sum + u.byteLength, 0);
      return { updates, bytes, seq: int(row.last_seq) };
    });
  }

  async lastSeqs(boardIds: readonly string[]): Promise<Map<string, number>> {
    if (boardIds.length === 0) return new Map();
    const { rows } = await this.pool.query<{ id: string; last_seq: string }>('SELECT id, last_seq FROM board WHERE id = ANY($1::text[])', [boardIds]);
    return new Map(rows.map((r) => [r.id, int(r.last_seq)]));
  }

  async append(batch: readonly BoardUpdate[]): Promise<number[]> {
    if (batch.length === 0) return [];
    return inTransaction(this.pool, 'BEGIN', async (client) => {
      const boards = [...new Set(batch.map((u) => u.boardId))].sort();
      const locked = await client.query<{ id: string; last_seq: string }>('SELECT id, last_seq FROM board WHERE id = ANY($1::text[]) ORDER BY id FOR UPDATE', [boards]);
      const next = new Map(locked.rows.map((r) => [r.id, int(r.last_seq)]));
      const missing = boards.find((id) => !next.has(id));
      if (missing !== undefined) throw new Error(`cannot append to unknown board ${missing}`);
      const seqs = batch.map(({ boardId }) => {
        const seq = (next.get(boardId) as number) + 1;
        next.set(boardId, seq);
        return seq;
      });
      await client.query('INSERT INTO board_update (board_id, seq, update) SELECT * FROM unnest($1::text[], $2::bigint[], $3::bytea[])', [
        batch.map((u) => u.boardId),
        seqs,
        batch.map((u) => Buffer.from(u.update.buffer, u.update.byteOffset, u.update.byteLength)),
      ]);
      await client.query('UPDATE board SET last_seq = v.seq FROM unnest($1::text[], $2::bigint[]) AS v(id, seq) WHERE board.id = v.id', [[...next.keys()], [...next.values()]]);
      return seqs;
    });
  }

  async compact(boardId: string, snapshot: Uint8Array, seq: number): Promise<void> {
    await inTransaction(this.pool, 'BEGIN', async (client) => {
      // `snapshot_seq <= seq`: a late, older snapshot (e.g. from another relay) changes nothing.
      const updated = await client.query('UPDATE board SET snapshot = $1, snapshot_seq = $2 WHERE id = $3 AND snapshot_seq <= $2', [Buffer.from(snapshot), seq, boardId]);
      if ((updated.rowCount ?? 0) === 0) return;
      await client.query('DELETE FROM board_update WHERE board_id = $1 AND seq <= $2', [boardId, seq]);
    });
  }

  async delete(boardId: string, deletedAt: number): Promise<boolean> {
    return inTransaction(this.pool, 'BEGIN', async (client) => {
      // Locks the row first, so a group commit to the board either finished before or fails after.
      const locked = await client.query('SELECT 1 FROM board WHERE id = $1 FOR UPDATE', [boardId]);
      if ((locked.rowCount ?? 0) === 0) return false;
      await client.query('DELETE FROM board_update WHERE board_id = $1', [boardId]);
      await client.query('DELETE FROM board WHERE id = $1', [boardId]);
      await client.query('INSERT INTO deleted_board (id, deleted_at) VALUES ($1, $2) ON CONFLICT (id) DO UPDATE SET deleted_at = EXCLUDED.deleted_at', [boardId, deletedAt]);
      return true;
    });
  }

  async deletedAt(boardId: string): Promise<number | null> {
    const { rows } = await this.pool.query<{ deleted_at: string }>('SELECT deleted_at FROM deleted_board WHERE id = $1', [boardId]);
    return rows[0] ? int(rows[0].deleted_at) : null;
  }

  async list(): Promise<BoardListing[]> {
    const { rows } = await this.pool.query<{ id: string; created_at: string; last_seq: string; bytes: string }>(
      `SELECT id, created_at, last_seq, length(snapshot) + COALESCE((SELECT SUM(length(update)) FROM board_update WHERE board_id = board.id), 0) AS bytes
       FROM board ORDER BY created_at, id`,
    );
    return rows.map((r) => ({ boardId: r.id, createdAt: int(r.created_at), lastSeq: int(r.last_seq), bytes: int(r.bytes) }));
  }

  async ping(): Promise<void> {
    await this.pool.query('SELECT 1');
  }

  async close(): Promise<void> {
    await this.pool.end();
  }
}

async function migrate(pool: pg.Pool): Promise<void> {
  await inTransaction(pool, 'BEGIN', async (client) => {
    await client.query('SELECT pg_advisory_xact_lock($1)', [SCHEMA_LOCK]);
    await client.query(SCHEMA);
    const { rows } = await client.query<{ version: number }>('SELECT version FROM roundtable_schema');
    const version = rows[0]?.version;
    if (version === undefined) await client.query('INSERT INTO roundtable_schema (version) VALUES ($1)', [POSTGRES_FORMAT]);
    else if (version < POSTGRES_FORMAT) await client.query('UPDATE roundtable_schema SET version = $1', [POSTGRES_FORMAT]); // the tables above are created if missing
    else if (version > POSTGRES_FORMAT) throw new Error(`the database has Roundtable schema ${version}, newer than this relay (${POSTGRES_FORMAT}); run a newer relay`);
  });
}
