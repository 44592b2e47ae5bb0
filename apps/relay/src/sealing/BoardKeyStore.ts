/**
 * Where board sealing keys live: apart from the board document (DESIGN §4), one row per
 * board. The secret key is stored wrapped (see keyWrap.ts), never in the clear.
 */

/** One board's key as stored. */
export interface StoredBoardKey {
  boardId: string;
  /** The X25519 public key (32 bytes), served to clients. */
  publicKey: Uint8Array;
  /** The secret key wrapped under the relay's key-encryption key (keyWrap.ts). */
  wrappedSecretKey: Uint8Array;
  createdAt: number;
}

/** The narrow store seam for board keys (SQLite today; Postgres implements the same). */
export interface BoardKeyStore {
  /** The board's key, or null when it has none yet. */
  load(boardId: string): Promise<StoredBoardKey | null>;
  /**
   * Stores `key` unless the board already has one; either way returns the board's stored key,
   * so two relays creating a key at once end up using the same one.
   */
  insertIfAbsent(key: StoredBoardKey): Promise<StoredBoardKey>;
  /** Deletes the board's key (its board was deleted); no-op when it has none. */
  delete(boardId: string): Promise<void>;
  close(): Promise<void>;
}
