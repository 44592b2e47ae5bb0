/** The open board, shared with every component of the board page. */
import { createContext, useContext } from 'react';
import type { ActionContext } from '../actions/types.js';
import type { DeviceMember } from '../storage/member.js';
import type { Role } from '../storage/recentBoards.js';
import type { BoardStore } from '../store/BoardStore.js';
import type { HistoryStore } from '../store/HistoryStore.js';
import type { PresenceStore } from '../store/PresenceStore.js';
import type { BoardConnection } from '../sync/BoardConnection.js';

/** Everything a board component may need: the connection, its stores and who is looking. */
export interface BoardContextValue {
  boardId: string;
  role: Role;
  connection: BoardConnection;
  store: BoardStore;
  presence: PresenceStore;
  /** This member's undo/redo stacks. */
  history: HistoryStore;
  /** What every action is bound to (document, role, member, relay time, stores). */
  actions: ActionContext;
  /** Tokens this device knows for the board (for the share panel). */
  editToken: string | null;
  viewToken: string | null;
  /** This device's member, once the name dialog has been answered. */
  member: DeviceMember | null;
}

/** Provided by BoardView. */
export const BoardContext = createContext<BoardContextValue | null>(null);

/** The open board; throws when used outside a board page (a bug, not a user error). */
export function useBoardContext(): BoardContextValue {
  const value = useContext(BoardContext);
  if (!value) throw new Error('useBoardContext used outside <BoardContext.Provider>');
  return value;
}

/** True when this device may change the board. */
export function useCanEdit(): boolean {
  return useBoardContext().role === 'edit';
}
