/** The relay's HTTP API (DESIGN §4): create a board, check a token's access to one. */
import { asSentence, type TemplateId } from '@roundtable/model';
import { EarlyRequests } from '../earlyRequests.js';
import type { Role } from '../storage/recentBoards.js';

/** What `POST /api/boards` returns. */
export interface CreatedBoard {
  boardId: string;
  editToken: string;
  viewToken: string;
}

/** Outcome of asking the relay what a token may do on a board. */
export type BoardAccess =
  | { kind: 'granted'; role: Role; viewToken?: string }
  | { kind: 'denied'; status: number; error: string }
  | { kind: 'unreachable' };

async function errorText(response: Response): Promise<string> {
  try {
    const body = (await response.json()) as { error?: unknown };
    if (typeof body.error === 'string' && body.error) return body.error;
  } catch {
    /* not JSON: fall through */
  }
  return `${response.status} ${response.statusText}`.trim();
}

/** Creates a board on the relay. Errors are values (network failure included). */
export async function createBoardOnRelay(
  title: string,
  template: TemplateId,
): Promise<{ ok: true; value: CreatedBoard } | { ok: false; error: string }> {
  let response: Response;
  try {
    response = await fetch('/api/boards', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, template }),
    });
  } catch {
    return { ok: false, error: 'Could not reach the server. Check your connection and try again.' };
  }
  if (!response.ok) return { ok: false, error: await errorText(response) };
  const body = (await response.json().catch(() => null)) as Partial<CreatedBoard> | null;
  if (!body || typeof body.boardId !== 'string' || typeof body.editToken !== 'string' || typeof body.viewToken !== 'string') {
    return { ok: false, error: 'The server sent an unexpected answer.' };
  }
  return { ok: true, value: { boardId: body.boardId, editToken: body.editToken, viewToken: body.viewToken } };
}

/**
 * Asks the relay what `token` may do on `boardId`. `unreachable` (offline, relay down) is
 * distinct from `denied` so an offline reload can still open the locally stored board.
 */
export async function checkBoardAccess(boardId: string, token: string): Promise<BoardAccess> {
  let response: Response;
  try {
    const url = `/api/boards/${encodeURIComponent(boardId)}?token=${encodeURIComponent(token)}`;
    response = await fetch(url, { headers: { accept: 'application/json' }, cache: 'no-store' });
  } catch {
    return { kind: 'unreachable' };
  }
  if (response.status === 401 || response.status === 403 || response.status === 404 || response.status === 410) {
    return { kind: 'denied', status: response.status, error: await errorText(response) };
  }
  if (!response.ok) return { kind: 'unreachable' };
  const body = (await response.json().catch(() => null)) as { role?: unknown; viewToken?: unknown } | null;
  if (body?.role !== 'edit' && body?.role !== 'view') return { kind: 'unreachable' };
  const access: BoardAccess = { kind: 'granted', role: body.role };
  if (typeof body.viewToken === 'string') access.viewToken = body.viewToken;
  return access;
}

/** Access checks started as the page loads (prefetch.ts), each taken once by the board's session. */
const startedChecks = new EarlyRequests<BoardAccess>();
const checkKey = (boardId: string, token: string) => `${boardId}#${token}`;

/** Starts asking what `token` may do on `boardId` now, before the app has loaded; `takeBoardAccess` gets the answer. */
export function prefetchBoardAccess(boardId: string, token: string): void {
  if (typeof fetch === 'function') startedChecks.start(checkKey(boardId, token), () => checkBoardAccess(boardId, token));
}

/**
 * The access check started early for `boardId` and `token` (handed over once): its answer itself
 * when it is already here, so the board can open without waiting a task; else a promise of it
 * (a new check when none was started).
 */
export function takeBoardAccess(boardId: string, token: string): BoardAccess | Promise<BoardAccess> {
  const started = startedChecks.take(checkKey(boardId, token));
  if (!started) return checkBoardAccess(boardId, token);
  return started.settled ? started.answer : started.promise;
}

/** What `POST /api/boards/import` returns. */
export interface ImportedBoard extends CreatedBoard {
  title: string;
}

/**
 * Creates a board on the relay from the text of a JSON export. The relay validates it; its
 * refusal ("This file is not a Roundtable board export …") comes back as the error.
 */
export async function importBoardOnRelay(text: string): Promise<{ ok: true; value: ImportedBoard } | { ok: false; error: string }> {
  let response: Response;
  try {
    response = await fetch('/api/boards/import', { method: 'POST', headers: { 'content-type': 'application/json' }, body: text });
  } catch {
    return { ok: false, error: 'Could not reach the server. Check your connection and try again.' };
  }
  if (!response.ok) return { ok: false, error: await errorText(response) };
  const body = (await response.json().catch(() => null)) as Partial<ImportedBoard> | null;
  if (!body || typeof body.boardId !== 'string' || typeof body.editToken !== 'string' || typeof body.viewToken !== 'string' || typeof body.title !== 'string') {
    return { ok: false, error: 'The server sent an unexpected answer.' };
  }
  return { ok: true, value: { boardId: body.boardId, editToken: body.editToken, viewToken: body.viewToken, title: body.title } };
}

/** Deletes a board on the relay (edit token). Errors are sentences. */
export async function deleteBoardOnRelay(boardId: string, token: string): Promise<{ ok: true; value: undefined } | { ok: false; error: string }> {
  let response: Response;
  try {
    response = await fetch(`/api/boards/${encodeURIComponent(boardId)}?token=${encodeURIComponent(token)}`, { method: 'DELETE', headers: { accept: 'application/json' } });
  } catch {
    return { ok: false, error: 'Could not reach the server to delete the board. Check your connection and try again.' };
  }
  if (response.ok || response.status === 410) return { ok: true, value: undefined };
  const error = await errorText(response);
  return { ok: false, error: `Could not delete the board: ${asSentence(error)}` };
}
