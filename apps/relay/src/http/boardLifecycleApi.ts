/**
 * The routes that create a board from an export and delete a board:
 *   POST   /api/boards/import  {the JSON export}   -> 201 {boardId, editToken, viewToken, title} | 400 {error}
 *   DELETE /api/boards/:id?token=<edit token>     -> 200 {deleted: true} | 401 | 403 | 404 | 410
 * An import is validated (model `importBoard`, zod) before anything is stored: a bad or foreign
 * file gets the model's sentence and nothing is created. A deletion closes the board's
 * connections with `boardDeleted` first (the server's `closeBoard`), then removes its data,
 * log and key; afterwards its links answer 410 everywhere.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { importBoard, migrate, newId } from '@roundtable/model';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import type { BoardStore } from '../store/BoardStore.js';
import { deleteStoredBoard, type KeyDeleter } from '../store/deleteStoredBoard.js';
import { signToken, verifyToken, type TokenClaims } from '../tokens.js';
import { BOARD_ID_PATTERN } from './boardId.js';
import { sendMissingBoard } from './missingBoard.js';
import { readJson, sendJson } from './respond.js';

/** Largest export accepted for import (the JSON is several times the stored board). */
export const MAX_IMPORT_BYTES = 16 * 1024 * 1024;

export interface BoardLifecycleDeps {
  store: BoardStore;
  keys: KeyDeleter;
  secret: string;
  log: Logger;
  /** Adds the configured expiry to new tokens. */
  withExpiry: (claims: TokenClaims) => TokenClaims;
  /** Closes the board's connections and waits for its pending commits (server.ts); resolves with a function to call once the deletion is over, saying whether it succeeded. */
  closeBoard: (boardId: string) => Promise<(deleted: boolean) => void>;
  /** Counts a created board. */
  onCreated: () => void;
}

/** Handles the import and delete routes; false for any other request. */
export async function handleBoardLifecycle(req: IncomingMessage, res: ServerResponse, url: URL, deps: BoardLifecycleDeps): Promise<boolean> {
  if (url.pathname === '/api/boards/import' && req.method === 'POST') {
    await importRoute(req, res, deps);
    return true;
  }
  const match = /^\/api\/boards\/([^/]+)$/.exec(url.pathname);
  if (match && req.method === 'DELETE') {
    await deleteRoute(res, match[1] as string, url.searchParams.get('token'), deps);
    return true;
  }
  return false;
}

async function importRoute(req: IncomingMessage, res: ServerResponse, deps: BoardLifecycleDeps): Promise<void> {
  const body = await readJson(req, MAX_IMPORT_BYTES);
  if (!body.ok) {
    const error = body.status === 413 ? `This file is larger than ${MAX_IMPORT_BYTES / 1024 / 1024} MB, more than any board export.` : body.status === 400 ? 'This file is not a Roundtable board export (it is not JSON).' : body.error;
    deps.log.info({ status: body.status }, `import refused: ${error}`);
    sendJson(res, body.status, { error });
    return;
  }
  const doc = new Y.Doc();
  try {
    const imported = importBoard(doc, { file: body.value });
    if (!imported.ok) {
      deps.log.info({ status: 400 }, `import refused: ${imported.error}`);
      sendJson(res, 400, { error: imported.error });
      return;
    }
    migrate(doc); // an export of an older schema is brought up to date before it is stored
    const boardId = newId(16);
    await deps.store.create(boardId, Y.encodeStateAsUpdate(doc), Date.now());
    deps.onCreated();
    deps.log.info({ boardId }, 'board imported');
    sendJson(res, 201, {
      boardId,
      title: imported.value.title,
      editToken: signToken(deps.secret, deps.withExpiry({ boardId, role: 'edit' })),
      viewToken: signToken(deps.secret, deps.withExpiry({ boardId, role: 'view' })),
    });
  } finally {
    doc.destroy();
  }
}

async function deleteRoute(res: ServerResponse, boardId: string, token: string | null, deps: BoardLifecycleDeps): Promise<void> {
  if (!BOARD_ID_PATTERN.test(boardId)) return sendJson(res, 404, { error: 'no such board' });
  const check = verifyToken(deps.secret, token, boardId);
  if (!check.ok) return sendJson(res, check.status, { error: check.error });
  if (check.claims.role !== 'edit') return sendJson(res, 403, { error: 'only editors can delete a board; this is a view-only link' });
  if (!(await deps.store.exists(boardId))) return sendMissingBoard(res, deps.store, boardId);
  const done = await deps.closeBoard(boardId);
  let deleted = false;
  try {
    const outcome = await deleteStoredBoard(deps.store, deps.keys, boardId, Date.now());
    deleted = true;
    deps.log.info({ boardId, outcome }, 'board deleted');
  } finally {
    done(deleted);
  }
  sendJson(res, 200, { deleted: true });
}
