/**
 * Board tokens: signed capabilities for one board and one role.
 *
 * Format: base64url(JSON {v:1, b:boardId, r:role, e?:expiry}) "." base64url(HMAC-SHA256(secret, payload)).
 * By default they never expire: a link shared in a workshop invite keeps working, like Miro's
 * or Parabol's share links. With ROUNDTABLE_TOKEN_TTL_DAYS, new tokens carry an expiry `e`
 * (Unix seconds) and are refused after it. Rotating ROUNDTABLE_SECRET revokes every link at once.
 */
import { createHmac, timingSafeEqual } from 'node:crypto';

export type Role = 'edit' | 'view';

export interface TokenClaims {
  boardId: string;
  role: Role;
  /** When the token stops working (ms since the epoch); absent: never. */
  expiresAt?: number;
}

export type TokenCheck =
  | { ok: true; claims: TokenClaims }
  | { ok: false; status: 401 | 403; error: string };

const VERSION = 1;

function mac(secret: string, payload: string): Buffer {
  return createHmac('sha256', secret).update(payload).digest();
}

/** Signs a token granting `role` on `boardId`. */
export function signToken(secret: string, claims: TokenClaims): string {
  const body: Record<string, unknown> = { v: VERSION, b: claims.boardId, r: claims.role };
  if (claims.expiresAt !== undefined) body.e = Math.floor(claims.expiresAt / 1000);
  const payload = Buffer.from(JSON.stringify(body)).toString('base64url');
  return `${payload}.${mac(secret, payload).toString('base64url')}`;
}

/**
 * Checks `token` for `boardId`: 401 when missing, malformed or forged; 403 when it is
 * genuine but for another board.
 */
export function verifyToken(secret: string, token: string | null | undefined, boardId: string, now = Date.now()): TokenCheck {
  if (!token) return { ok: false, status: 401, error: 'missing token' };
  const [payload, signature, extra] = token.split('.');
  if (!payload || !signature || extra !== undefined || token.length > 1024) {
    return { ok: false, status: 401, error: 'malformed token' };
  }
  const expected = mac(secret, payload);
  const given = Buffer.from(signature, 'base64url');
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) {
    return { ok: false, status: 401, error: 'invalid token signature' };
  }
  let claims: unknown;
  try {
    claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
  } catch {
    return { ok: false, status: 401, error: 'malformed token' };
  }
  const c = claims as { v?: unknown; b?: unknown; r?: unknown; e?: unknown };
  if (c.v !== VERSION || typeof c.b !== 'string' || (c.r !== 'edit' && c.r !== 'view') || (c.e !== undefined && typeof c.e !== 'number')) {
    return { ok: false, status: 401, error: 'malformed token' };
  }
  if (typeof c.e === 'number' && c.e * 1000 <= now) return { ok: false, status: 401, error: 'token expired' };
  if (c.b !== boardId) return { ok: false, status: 403, error: 'token is for another board' };
  return { ok: true, claims: typeof c.e === 'number' ? { boardId: c.b, role: c.r, expiresAt: c.e * 1000 } : { boardId: c.b, role: c.r } };
}
