/**
 * The HTTP API: create boards, check a link, the relay's clock, health, readiness, metrics.
 *   POST /api/boards {title, template?}  -> 201 {boardId, editToken, viewToken}
 *   GET  /api/boards/:id?token=          -> 200 {boardId, role, viewToken?} | 401 | 403 | 404 | 410 (deleted)
 *   GET  /api/boards/:id/state?token=    -> 200 the committed document (a Yjs update): boardStateApi.ts
 *   POST /api/boards/import, DELETE /api/boards/:id: boardLifecycleApi.ts
 *   GET  /api/boards/:id/key, POST …/sections/:sectionId/reveal|tally: sealing/sealingApi.ts
 *   GET  /api/time                       -> 200 {now}
 *   GET  /healthz, /readyz, /metrics
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { TEMPLATES, createBoard, newId } from '@roundtable/model';
import type { Logger } from 'pino';
import * as Y from 'yjs';
import { z } from 'zod';
import type { Metrics } from '../metrics.js';
import { handleSealingApi, type SealingApiDeps } from '../sealing/sealingApi.js';
import type { BoardStore } from '../store/BoardStore.js';
import { signToken, verifyToken, type TokenClaims } from '../tokens.js';
import { BOARD_ID_PATTERN } from './boardId.js';
import { handleBoardLifecycle } from './boardLifecycleApi.js';
import { handleBoardState, type BoardStateDeps } from './boardStateApi.js';
import { sendMissingBoard } from './missingBoard.js';
import type { KeyDeleter } from '../store/deleteStoredBoard.js';
import { readJson, sendJson } from './respond.js';

/** What /readyz reports: the relay takes connections only while both are reachable. */
export interface Readiness {
  ready: boolean;
  store: 'ok' | 'unreachable';
  fanout: 'ok' | 'unreachable';
}

export interface ApiDeps {
  store: BoardStore;
  secret: string;
  metrics: Metrics;
  log: Logger;
  /** Board keys, reveal and tally (absent: those routes answer 404). */
  sealing?: SealingApiDeps;
  /** How long issued tokens work (ms); undefined: for ever. */
  tokenTtlMs?: number;
  /** Checks the store and fan-out now (readiness). */
  health: () => Promise<Readiness>;
  /** Deleting boards: their sealing keys, and closing their connections first (server.ts). */
  deletion: { keys: KeyDeleter; closeBoard: (boardId: string) => Promise<(deleted: boolean) => void> };
  /** The board's state for a starting page (absent: that route answers 404). */
  state?: Omit<BoardStateDeps, 'secret' | 'store' | 'log'>;
}

/** Re-exported for the upgrade path in server.ts. */
export { BOARD_ID_PATTERN } from './boardId.js';

const createBody = z.object({
  title: z.string().trim().min(1, 'title must not be empty').max(200, 'title must be at most 200 characters'),
  template: z.enum(Object.keys(TEMPLATES) as [keyof typeof TEMPLATES, ...(keyof typeof TEMPLATES)[]]).optional(),
});

/** Handles API routes; returns false for paths that are not the API's. */
export async function handleApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: ApiDeps): Promise<boolean> {
  const { pathname } = url;
  if (pathname === '/healthz') {
    sendJson(res, 200, { status: 'ok' });
    return true;
  }
  if (pathname === '/readyz') {
    const { ready, store, fanout } = await deps.health();
    sendJson(res, ready ? 200 : 503, { status: ready ? 'ready' : 'unavailable', store, fanout });
    return true;
  }
  if (pathname === '/metrics') {
    const text = await deps.metrics.registry.metrics();
    res.writeHead(200, { 'content-type': deps.metrics.registry.contentType });
    res.end(text);
    return true;
  }
  if (!pathname.startsWith('/api/')) return false;
  if (deps.sealing && (await handleSealingApi(req, res, url, deps.sealing))) return true;
  if (deps.state && (await handleBoardState(req, res, url, { ...deps.state, secret: deps.secret, store: deps.store, log: deps.log }))) return true;
  const lifecycle = {
    store: deps.store,
    keys: deps.deletion.keys,
    closeBoard: deps.deletion.closeBoard,
    secret: deps.secret,
    log: deps.log,
    withExpiry: (claims: TokenClaims) => withExpiry(claims, deps),
    onCreated: () => deps.metrics.boardsCreated.inc(),
  };
  if (await handleBoardLifecycle(req, res, url, lifecycle)) return true;

  if (pathname === '/api/time' && req.method === 'GET') {
    sendJson(res, 200, { now: Date.now() });
  } else if (pathname === '/api/boards' && req.method === 'POST') {
    await createBoardRoute(req, res, deps);
  } else if (pathname.startsWith('/api/boards/') && req.method === 'GET') {
    await checkBoardRoute(res, pathname.slice('/api/boards/'.length), url.searchParams.get('token'), deps);
  } else {
    sendJson(res, 404, { error: `no route ${req.method} ${pathname}` });
  }
  return true;
}

/** Claims with the configured expiry, if any. */
function withExpiry(claims: TokenClaims, deps: ApiDeps): TokenClaims {
  return deps.tokenTtlMs === undefined ? claims : { ...claims, expiresAt: Date.now() + deps.tokenTtlMs };
}

async function createBoardRoute(req: IncomingMessage, res: ServerResponse, deps: ApiDeps): Promise<void> {
  const body = await readJson(req);
  if (!body.ok) {
    deps.log.info({ status: body.status }, `create board refused: ${body.error}`);
    sendJson(res, body.status, { error: body.error });
    return;
  }
  const parsed = createBody.safeParse(body.value);
  if (!parsed.success) {
    const error = parsed.error.issues.map((i) => `${i.path.join('.') || 'body'}: ${i.message}`).join('; ');
    deps.log.info({ status: 400 }, `create board refused: ${error}`);
    sendJson(res, 400, { error });
    return;
  }
  const boardId = newId(16);
  const doc = new Y.Doc();
  const created = createBoard(doc, { title: parsed.data.title, template: parsed.data.template ?? 'workshop', at: Date.now() }); // the relay's clock is the reference
  if (!created.ok) {
    sendJson(res, 400, { error: created.error });
    return;
  }
  await deps.store.create(boardId, Y.encodeStateAsUpdate(doc), Date.now());
  doc.destroy();
  deps.metrics.boardsCreated.inc();
  deps.log.info({ boardId }, 'board created');
  sendJson(res, 201, {
    boardId,
    editToken: signToken(deps.secret, withExpiry({ boardId, role: 'edit' }, deps)),
    viewToken: signToken(deps.secret, withExpiry({ boardId, role: 'view' }, deps)),
  });
}

async function checkBoardRoute(res: ServerResponse, boardId: string, token: string | null, deps: ApiDeps): Promise<void> {
  if (!BOARD_ID_PATTERN.test(boardId)) {
    sendJson(res, 404, { error: 'no such board' });
    return;
  }
  const check = verifyToken(deps.secret, token, boardId);
  if (!check.ok) {
    sendJson(res, check.status, { error: check.error });
    return;
  }
  if (!(await deps.store.exists(boardId))) {
    await sendMissingBoard(res, deps.store, boardId);
    return;
  }
  // Editors may share a view link, so an edit token also yields the board's view token.
  const role = check.claims.role;
  sendJson(res, 200, role === 'edit' ? { boardId, role, viewToken: signToken(deps.secret, withExpiry({ boardId, role: 'view' }, deps)) } : { boardId, role });
}
