/**
 * The sealing routes of the HTTP API (DESIGN §4, §5):
 *   GET  /api/boards/:id/key                          -> 200 {publicKey, fingerprint} (any token of the board)
 *   POST /api/boards/:id/sections/:sectionId/reveal  {by?} -> 200 {revealed, skipped}  (edit token)
 *   POST /api/boards/:id/sections/:sectionId/tally   {by?} -> 200 {ballots, skipped}   (edit token)
 *   POST /api/boards/:id/sections/:sectionId/round/reveal {by?} -> 200 {round, ballots, met, skipped}
 *        reveals the open round of an agreement section (edit token)
 * Errors: 400 bad body, 401 no or bad token, 403 view token or other board, 404 unknown board or
 * section, 409 wrong phase, 500 key unusable, 503 store failure. Every error body is {error}.
 * A token is read from `Authorization: Bearer <token>` or `?token=`. `by` is the member id of
 * the person asking, for the session log.
 */
import type { IncomingMessage, ServerResponse } from 'node:http';
import { boardKeyResponse } from '@roundtable/sealing';
import type { Logger } from 'pino';
import { BOARD_ID_PATTERN } from '../http/boardId.js';
import { sendJson } from '../http/respond.js';
import type { BoardStore } from '../store/BoardStore.js';
import { verifyToken, type TokenClaims } from '../tokens.js';
import { readJson } from '../http/respond.js';
import type { BoardKeys } from './BoardKeys.js';
import type { SealedSections } from './SealedSections.js';

export interface SealingApiDeps {
  keys: BoardKeys;
  store: BoardStore;
  secret: string;
  log: Logger;
  sections: SealedSections;
}

const KEY_PATH = /^\/api\/boards\/([^/]+)\/key$/;
const SECTION_ACTION_PATH = /^\/api\/boards\/([^/]+)\/sections\/([^/]+)\/(reveal|tally|round\/reveal)$/;
const MEMBER_ID = /^[A-Za-z0-9_-]{1,64}$/;
const SECTION_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** The token of a request: a bearer header wins over the query string. */
export function requestToken(req: IncomingMessage, url: URL): string | null {
  const header = req.headers.authorization;
  if (typeof header === 'string' && header.startsWith('Bearer ')) return header.slice('Bearer '.length).trim();
  return url.searchParams.get('token');
}

/** Handles the sealing routes; false for any other path. */
export async function handleSealingApi(req: IncomingMessage, res: ServerResponse, url: URL, deps: SealingApiDeps): Promise<boolean> {
  const key = KEY_PATH.exec(url.pathname);
  if (key && req.method === 'GET') {
    await boardKeyRoute(res, key[1] ?? '', requestToken(req, url), deps);
    return true;
  }
  const action = SECTION_ACTION_PATH.exec(url.pathname);
  if (action && req.method === 'POST') {
    const name = action[3] === 'round/reveal' ? 'revealRound' : (action[3] as 'reveal' | 'tally');
    await sectionActionRoute(req, res, url, action[1] ?? '', action[2] ?? '', name, deps);
    return true;
  }
  return false;
}

const REFUSED_TO_VIEWERS = {
  reveal: 'a view link cannot reveal drafts: use the board\'s edit link',
  tally: 'a view link cannot close the vote: use the board\'s edit link',
  revealRound: 'a view link cannot reveal the votes: use the board\'s edit link',
} as const;

type SectionAction = keyof typeof REFUSED_TO_VIEWERS;

async function sectionActionRoute(req: IncomingMessage, res: ServerResponse, url: URL, boardId: string, sectionId: string, action: SectionAction, deps: SealingApiDeps): Promise<void> {
  const claims = await authorize(res, boardId, requestToken(req, url), deps);
  if (!claims) return;
  if (claims.role !== 'edit') {
    deps.log.info({ boardId, sectionId }, `${action} refused: view token`);
    sendJson(res, 403, { error: REFUSED_TO_VIEWERS[action] });
    return;
  }
  if (!SECTION_ID.test(sectionId)) {
    sendJson(res, 404, { error: `this board has no ${action === 'revealRound' ? 'agreement' : 'brainstorm'} section "${sectionId.slice(0, 64)}"` });
    return;
  }
  let by: string | null = null;
  if (req.headers['content-type'] !== undefined || Number(req.headers['content-length'] ?? 0) > 0) {
    const body = await readJson(req);
    if (!body.ok) {
      sendJson(res, body.status, { error: body.error });
      return;
    }
    const value = body.value as { by?: unknown } | null;
    if (value !== null && typeof value === 'object' && value.by !== undefined && value.by !== null) {
      if (typeof value.by !== 'string' || !MEMBER_ID.test(value.by)) {
        sendJson(res, 400, { error: 'by: expected the member id of the person asking' });
        return;
      }
      by = value.by;
    }
  }
  const outcome =
    action === 'reveal' ? await deps.sections.reveal(boardId, sectionId, by) : action === 'tally' ? await deps.sections.tally(boardId, sectionId, by) : await deps.sections.revealRound(boardId, sectionId, by);
  if (outcome.status !== 200) deps.log.info({ boardId, sectionId, status: outcome.status }, `${action} refused: ${outcome.body.error}`);
  sendJson(res, outcome.status, outcome.body);
}

/** Checks the token and that the board exists; sends the error and returns null otherwise. */
async function authorize(res: ServerResponse, boardId: string, token: string | null, deps: SealingApiDeps): Promise<TokenClaims | null> {
  if (!BOARD_ID_PATTERN.test(boardId)) {
    sendJson(res, 404, { error: 'no such board' });
    return null;
  }
  const check = verifyToken(deps.secret, token, boardId);
  if (!check.ok) {
    sendJson(res, check.status, { error: check.error });
    return null;
  }
  if (!(await deps.store.exists(boardId))) {
    sendJson(res, 404, { error: 'no such board' });
    return null;
  }
  return check.claims;
}

async function boardKeyRoute(res: ServerResponse, boardId: string, token: string | null, deps: SealingApiDeps): Promise<void> {
  if (!(await authorize(res, boardId, token, deps))) return;
  const pair = await deps.keys.keyPair(boardId);
  if (!pair.ok) {
    deps.log.error({ boardId }, pair.error);
    sendJson(res, 500, { error: pair.error });
    return;
  }
  sendJson(res, 200, boardKeyResponse(pair.value.publicKey));
}
