/** The stores of one open board, created from its connection (the only place they meet the document). */
import type { BoardConnection } from '../sync/BoardConnection.js';
import { BoardStore } from './BoardStore.js';
import { HistoryStore } from './HistoryStore.js';
import { PresenceStore } from './PresenceStore.js';

/** The keyed stores a board page reads. */
export interface BoardStores {
  store: BoardStore;
  presence: PresenceStore;
  history: HistoryStore;
  /** Stops every store listening. */
  destroy(): void;
}

/** Opens the document store, presence (on the relay clock) and the undo history of `connection`. */
export function openBoardStores(connection: BoardConnection): BoardStores {
  const store = new BoardStore(connection.doc);
  const presence = new PresenceStore(connection.awareness, connection.clock.now);
  const history = new HistoryStore(connection.undoManager);
  return {
    store,
    presence,
    history,
    destroy() {
      presence.destroy();
      history.destroy();
      store.destroy();
    },
  };
}
