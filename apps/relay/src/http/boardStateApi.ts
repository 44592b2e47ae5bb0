/**
 * The board's state over HTTP, for a page that is starting:
 *   GET /api/boards/:id/state?token=  -> 200 the committed document as one Yjs update
 *                                         (application/octet-stream) | 401 | 403 | 404 | 410 | 429
 * The web app asks for it from a tiny script that runs before its main bundle has loaded, so
 * the board's bytes arrive while the bundle is parsed; it applies them before it connects, and
 * its sync step 1 then asks only for what came since. Only committed state is served (the
 * room's committed document), as in a sync reply. Any view or edit token may read it, as on
 * /sync. The room stays loaded STATE_HOLD_MS after the request: the page's socket follows.
 * A client that accepts gzip gets it (a board of cards is mostly text: a 2,000-card board's
 * 550 KB travel as a fraction of that), compressed off the event loop once per committed version.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { promisify } from 'node:util';
import { gzip } from 'node:zlib';
import type { Logger } from 'pino';
import type { Room } from '../Room.js';
import type { BoardStore } from '../store/BoardStore.js';
import { verifyToken } from '../tokens.js';
import { BOARD_ID_PATTERN } from './boardId.js';
import { sendMissingBoard } from './missingBoard.js';
import { sendJson } from './respond.js';

/** How long a board fetched over HTTP stays loaded for the connection that follows. */
export const STATE_HOLD_MS = 10_000;

const STATE_PATH = /^\/api\/boards\/([^/]+)\/state$/;

/** States smaller than this go out as they are: compressing them saves less than it costs. */
export const GZIP_FROM_BYTES = 1024;

const gzipAsync = promisify(gzip);
/** The gzip of each committed-state encoding, while the room still holds that encoding (it makes a new one per version). */
const gzipped = new WeakMap<Uint8Array, Promise<Buffer>>();

function gzipOnce(state: Uint8Array): Promise<Buffer> {
  let packed = gzipped.get(state);
  if (!packed) {
    packed = gzipAsync(state);
    gzipped.set(state, packed);
  }
  return packed;
}

/** Whether `req`'s Accept-Encoding takes gzip (by name or `*`, with a q above 0). */
function acceptsGzip(req: IncomingMessage): boolean {
  return String(req.headers['accept-encoding'] ?? '')
    .split(',')
    .some((part) => {
      const [coding, ...params] = part.split(';').map((s) => s.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      return (coding === 'gzip' || coding === '*') && (q === undefined || Number(q.slice(2)) > 0);
    });
}

export interface BoardStateDeps {
  secret: string;
  store: Pick<BoardStore, 'deletedAt'>;
  rooms: { acquire(boardId: string): Promise<Room | null>; release(room: Room): void };
  /** Counts one request from `req`'s address; false when that address is over its per-minute limit. */
  allow: (req: IncomingMessage) => boolean;
  log: Logger;
}

/** Handles GET /api/boards/:id/state; false for any other request. */
export async function handleBoardState(req: IncomingMessage, res: ServerResponse, url: URL, deps: BoardStateDeps): Promise<boolean> {
  const match = STATE_PATH.exec(url.pathname);
  if (!match || req.method !== 'GET') return false;
  const boardId = decodeURIComponent(match[1] ?? '');
  if (!BOARD_ID_PATTERN.test(boardId)) {
    sendJson(res, 404, { error: 'no such board' });
    return true;
  }
  if (!deps.allow(req)) {
    sendJson(res, 429, { error: 'too many requests from this address; try again in a minute' });
    return true;
  }
  const check = verifyToken(deps.secret, url.searchParams.get('token'), boardId);
  if (!check.ok) {
    sendJson(res, check.status, { error: check.error });
    return true;
  }
  const room = await deps.rooms.acquire(boardId);
  if (!room) {
    await sendMissingBoard(res, deps.store, boardId);
    return true;
  }
  try {
    const state = room.fullState();
    const headers = { 'content-type': 'application/octet-stream', 'cache-control': 'no-store', vary: 'Accept-Encoding' };
    const body = state.byteLength >= GZIP_FROM_BYTES && acceptsGzip(req) ? await gzipOnce(state) : null;
    if (body) res.writeHead(200, { ...headers, 'content-encoding': 'gzip', 'content-length': body.byteLength }).end(body);
    else res.writeHead(200, { ...headers, 'content-length': state.byteLength }).end(state);
    deps.log.debug({ boardId, bytes: state.byteLength, sent: body?.byteLength ?? state.byteLength }, 'board state fetched');
  } finally {
    setTimeout(() => deps.rooms.release(room), STATE_HOLD_MS).unref();
  }
  return true;
}
