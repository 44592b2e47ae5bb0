/**
 * Where boards live between connections: the store seam (CONVENTIONS §14). A board is a
 * snapshot (a full Yjs state update) plus an append-only log of the updates since; loading
 * applies the snapshot then the log. Every logged update has a per-board sequence number,
 * assigned in the committing transaction: 1, 2, 3… per board, with no gaps. A snapshot
 * records the last seq it includes, and compaction deletes the log only up to that seq, so
 * an update committed while a snapshot was being made survives it.
 *
 * Implementations: SqliteStore (embedded default) and PostgresStore (DATABASE_URL: seq
 * assigned under a row lock on the board in the committing transaction, DESIGN §5). Both pass
 * the one contract suite in `test/storeContract.test.ts`.
 */

export interface StoredBoard {
  /** The snapshot first, then every logged update after it, in seq order. */
  updates: Uint8Array[];
  /** Total stored bytes, for the board-size limit. */
  bytes: number;
  /** The seq of the last update included (the snapshot's own seq when the log is empty; 0 for a new board). */
  seq: number;
}

/** One stored board as administrators see it (`roundtable list`). */
export interface BoardListing {
  boardId: string;
  createdAt: number;
  /** Bytes of its snapshot and log. */
  bytes: number;
  /** The last seq assigned (how many updates it has had since creation). */
  lastSeq: number;
}

export interface BoardUpdate {
  boardId: string;
  update: Uint8Array;
}

export interface BoardStore {
  /** Stores a new board with its initial snapshot (seq 0). */
  create(boardId: string, snapshot: Uint8Array, createdAt: number): Promise<void>;
  /** Whether the board exists (cheap: no content is read). */
  exists(boardId: string): Promise<boolean>;
  /** Everything stored for the board, or null when there is no such board. */
  load(boardId: string): Promise<StoredBoard | null>;
  /**
   * What a room that has every update up to `seq` lacks (a fan-out gap fill): the logged
   * updates after `seq` in seq order, preceded by the snapshot when compaction has already
   * folded some of them into it; `seq` of the result is the board's last seq. Null when there
   * is no such board.
   */
  loadSince(boardId: string, seq: number): Promise<StoredBoard | null>;
  /**
   * The last committed seq of each of `boardIds` that exists (cheap: no content is read), for
   * the periodic check that finds a board whose last fan-out message was lost.
   */
  lastSeqs(boardIds: readonly string[]): Promise<Map<string, number>>;
  /**
   * Commits a batch of updates (any boards) in one transaction: the group commit. Resolves
   * with the seq assigned to each update, in batch order (per board increasing by one from the
   * board's last seq). Rejects, committing nothing, when any board of the batch is unknown or
   * the store fails.
   */
  append(batch: readonly BoardUpdate[]): Promise<number[]>;
  /**
   * Makes `snapshot` the board's snapshot and deletes the logged updates with seq <= `seq`.
   * The caller guarantees that `snapshot` includes every update of the board up to `seq`;
   * updates after `seq` (committed meanwhile) stay in the log. A snapshot older than the
   * stored one (a lower `seq`) is ignored.
   */
  compact(boardId: string, snapshot: Uint8Array, seq: number): Promise<void>;
  /**
   * Deletes the board's snapshot and log in one transaction and leaves a tombstone (its id and
   * `deletedAt`, nothing of its content) so its links can say it was deleted. Resolves false
   * when there was no such board. Appends to it fail afterwards, like to any unknown board.
   */
  delete(boardId: string, deletedAt: number): Promise<boolean>;
  /** When the board was deleted (its tombstone), or null. */
  deletedAt(boardId: string): Promise<number | null>;
  /** Every stored board, oldest first (not the deleted ones). */
  list(): Promise<BoardListing[]>;
  /** Resolves when the store can serve requests (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
