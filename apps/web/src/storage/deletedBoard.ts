/**
 * A deleted board leaves this device too: its recent-boards entry, its dismissed notices and its
 * offline copy (y-indexeddb's database, named after the board). Run when the relay says the
 * board was deleted (HTTP 410 or close 4410). The database is removed once this page's own
 * connection to it has closed (IndexedDB waits for open connections).
 */
import { deviceStorage } from './localJson.js';
import { forgetBoard } from './recentBoards.js';

/** Forgets everything this device keeps of `boardId`. */
export function forgetDeletedBoard(boardId: string): void {
  const storage = deviceStorage();
  forgetBoard(storage, boardId);
  try {
    storage?.removeItem(`roundtable.dismissedNotices.${boardId}`);
    globalThis.indexedDB?.deleteDatabase(boardId);
  } catch {
    /* storage unavailable (private mode): nothing kept to forget */
  }
}
