/**
 * Where boards live between connections. A board is a snapshot (a full Yjs state update)
 * plus an append-only log of the updates since; loading applies the snapshot then the log.
 * Implementations: SqliteStore (embedded default). Postgres joins later behind this interface.
 */

export interface StoredBoard {
  /** The snapshot first (if any), then every logged update in commit order. */
  updates: Uint8Array[];
  /** Total stored bytes, for the board-size limit. */
  bytes: number;
}

export interface BoardUpdate {
  boardId: string;
  update: Uint8Array;
}

export interface BoardStore {
  /** Stores a new board with its initial snapshot. */
  create(boardId: string, snapshot: Uint8Array, createdAt: number): Promise<void>;
  /** Whether the board exists (cheap: no content is read). */
  exists(boardId: string): Promise<boolean>;
  /** Everything stored for the board, or null when there is no such board. */
  load(boardId: string): Promise<StoredBoard | null>;
  /** Commits a batch of updates (any boards) in one transaction: the group commit. */
  append(batch: readonly BoardUpdate[]): Promise<void>;
  /**
   * Replaces the board's snapshot and log with `snapshot`. The caller guarantees that
   * `snapshot` contains every committed update of the board (no commit is in flight).
   */
  compact(boardId: string, snapshot: Uint8Array): Promise<void>;
  /** Resolves when the store can serve requests (readiness). */
  ping(): Promise<void>;
  close(): Promise<void>;
}
