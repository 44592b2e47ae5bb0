/** Builds the context every action of one open board is bound to. */
import type { DeviceMember } from '../storage/member.js';
import type { Role } from '../storage/recentBoards.js';
import type { BoardStore } from '../store/BoardStore.js';
import type { HistoryStore } from '../store/HistoryStore.js';
import type { PresenceStore } from '../store/PresenceStore.js';
import type { SealingStore } from '../store/SealingStore.js';
import type { BoardConnection } from '../sync/BoardConnection.js';
import type { ActionContext } from './types.js';

/** What an open board holds that actions need. */
export interface ActionSources {
  role: Role;
  connection: BoardConnection;
  store: BoardStore;
  presence: PresenceStore;
  history: HistoryStore;
  sealing: SealingStore;
  boardId: string;
  token: string;
}

/** The action context of `board` for `member`: its document, role, relay clock and stores. */
export function createActionContext(board: ActionSources, member: DeviceMember | null): ActionContext {
  return {
    doc: board.connection.doc,
    role: board.role,
    member,
    now: board.connection.clock.now,
    store: board.store,
    presence: board.presence,
    history: board.history,
    sealing: board.sealing,
    relay: { boardId: board.boardId, token: board.token },
  };
}
