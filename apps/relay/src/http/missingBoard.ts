/** The answer for a board that is not there: 410 once it was deleted (its links say so), else 404. */
import type { ServerResponse } from 'node:http';
import type { BoardStore } from '../store/BoardStore.js';
import { sendJson } from './respond.js';

/** The sentence a deleted board's links show (HTTP 410 bodies). */
export const DELETED_MESSAGE = 'This board was deleted.';

/** Sends 410 {error, deleted: true} for a deleted board, 404 {error} for one that never was. */
export async function sendMissingBoard(res: ServerResponse, store: Pick<BoardStore, 'deletedAt'>, boardId: string): Promise<void> {
  const deleted = (await store.deletedAt(boardId)) !== null;
  sendJson(res, deleted ? 410 : 404, deleted ? { error: DELETED_MESSAGE, deleted: true } : { error: 'no such board' });
}
