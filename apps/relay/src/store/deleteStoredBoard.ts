/**
 * Deleting a board from the stores: its snapshot and log (leaving a tombstone) and its sealing
 * key. Shared by the relay's DELETE route (after it has closed the board's connections) and the
 * `roundtable delete` command.
 */
import type { BoardStore } from './BoardStore.js';

/** What a deletion removes besides the board itself. */
export interface KeyDeleter {
  delete(boardId: string): Promise<void>;
}

/** Deletes the board's data and key; 'deleted', or why not. */
export async function deleteStoredBoard(store: BoardStore, keys: KeyDeleter, boardId: string, at: number): Promise<'deleted' | 'alreadyDeleted' | 'unknown'> {
  if (await store.delete(boardId, at)) {
    await keys.delete(boardId);
    return 'deleted';
  }
  // Also retried for a tombstone: a crash between the two deletes leaves the key behind.
  const tombstone = await store.deletedAt(boardId);
  if (tombstone !== null) await keys.delete(boardId);
  return tombstone !== null ? 'alreadyDeleted' : 'unknown';
}
