/**
 * Opening a board: find its token (fragment, else this device's recent list), ask the relay
 * what the token may do, then open the document (relay + IndexedDB). When the relay cannot
 * be reached the board still opens from the device copy, with the role this device last saw.
 */
import { useLayoutEffect, useState } from 'react';
import { takeBoardAccess, type BoardAccess } from '../api/boards.js';
import { deviceStorage } from '../storage/localJson.js';
import { findRecentBoard, rememberBoard, type Role } from '../storage/recentBoards.js';
import type { BoardStore } from '../store/BoardStore.js';
import type { HistoryStore } from '../store/HistoryStore.js';
import { loadBoardKey } from '../sealing/boardKey.js';
import { openBoardStores } from '../store/openBoardStores.js';
import { SealingStore } from '../store/SealingStore.js';
import type { PresenceStore } from '../store/PresenceStore.js';
import { BoardConnection } from '../sync/BoardConnection.js';
import { prefetchSettled } from '../sync/statePrefetch.js';
import { problemForStatus, type BoardProblem } from '../sync/closeCodes.js';

/** An opened board's live objects. */
export interface OpenBoard {
  boardId: string;
  role: Role;
  token: string;
  editToken: string | null;
  viewToken: string | null;
  connection: BoardConnection;
  store: BoardStore;
  presence: PresenceStore;
  history: HistoryStore;
  /** The board key and this device's plaintexts of its own sealed items. */
  sealing: SealingStore;
}

/** Where opening a board stands. */
export type BoardSession =
  | { kind: 'checking' }
  | { kind: 'problem'; problem: BoardProblem }
  | { kind: 'open'; board: OpenBoard };

/** The role this device last saw for `token`, or view when it never saw it (the safe default). */
function offlineRole(boardId: string, token: string): Role {
  return findRecentBoard(deviceStorage(), boardId)?.editToken === token ? 'edit' : 'view';
}

/**
 * Opens `boardId` with `urlToken` (or a remembered one) and closes it on unmount. The document
 * opens at once (IndexedDB and the relay start loading; after the board's prefetched state, if
 * the page fetched it) while the relay answers the access check, which only decides the role
 * and whether to show a problem page instead; the relay checks the token on `/sync` itself, so
 * nothing is trusted before the answer.
 */
export function useBoardSession(boardId: string, urlToken: string | null): BoardSession {
  const [problem, setProblem] = useState<BoardProblem | null>(null);
  const [board, setBoard] = useState<OpenBoard | null>(null);

  // A layout effect: the socket and IndexedDB start before the first paint, not after it.
  useLayoutEffect(() => {
    setProblem(null);
    const storage = deviceStorage();
    const recent = findRecentBoard(storage, boardId);
    const token = urlToken ?? recent?.editToken ?? recent?.viewToken ?? null;
    if (!token) {
      setProblem('missing-token');
      return;
    }
    if (!urlToken) window.history.replaceState(null, '', `${window.location.pathname}#t=${encodeURIComponent(token)}`);
    let closed = false;
    let opened: { connection: BoardConnection; stores: ReturnType<typeof openBoardStores>; sealing: SealingStore; stopKey: () => void } | null = null;
    const open = () => {
      const connection = new BoardConnection({ boardId, token });
      const stores = openBoardStores(connection);
      const sealing = new SealingStore(boardId);
      opened = { connection, stores, sealing, stopKey: loadBoardKey(sealing, token) };
      return opened;
    };
    const close = () => {
      if (closed) return;
      closed = true;
      opened?.stopKey();
      opened?.stores.destroy();
      opened?.connection.destroy();
    };
    const finish = (result: BoardAccess, board: ReturnType<typeof open> | null) => {
      if (closed || !board) return;
      if (result.kind === 'denied') {
        close();
        setProblem(problemForStatus(result.status));
        return;
      }
      const role = result.kind === 'granted' ? result.role : offlineRole(boardId, token);
      const editToken = role === 'edit' ? token : (recent?.editToken ?? null);
      const viewToken = role === 'view' ? token : ((result.kind === 'granted' ? result.viewToken : undefined) ?? recent?.viewToken ?? null);
      rememberBoard(storage, { boardId, role, editToken: editToken ?? undefined, viewToken: viewToken ?? undefined });
      const { connection, stores, sealing } = board;
      setBoard({ boardId, role, token, editToken, viewToken, connection, store: stores.store, presence: stores.presence, history: stores.history, sealing });
    };
    // The board's state, if the page started fetching it (sync/statePrefetch.ts), goes in
    // before the connection starts: wait for it (it is usually here, or a task away).
    const prefetch = prefetchSettled(boardId);
    const access = takeBoardAccess(boardId, token);
    if (!prefetch && !(access instanceof Promise)) {
      // Both early requests have answered (the usual case on a board's page): the board renders
      // right after this commit, in the same task, not after whatever else is queued.
      finish(access, open());
    } else {
      const opening = prefetch ? prefetch.then(() => (closed ? null : open())) : Promise.resolve(open());
      void Promise.all([access, opening]).then(([result, board]) => finish(result, board));
    }
    return () => {
      setBoard(null);
      close();
    };
  }, [boardId, urlToken]);

  if (problem !== null) return { kind: 'problem', problem };
  if (board && board.boardId === boardId) return { kind: 'open', board };
  return { kind: 'checking' };
}
