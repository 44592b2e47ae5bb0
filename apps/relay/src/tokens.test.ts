import { describe, expect, it } from 'vitest';
import { signToken, verifyToken } from './tokens.js';

const SECRET = 'a'.repeat(40);

describe('board tokens', () => {
  it('round-trip board and role', () => {
    const token = signToken(SECRET, { boardId: 'board123', role: 'view' });
    expect(verifyToken(SECRET, token, 'board123')).toEqual({ ok: true, claims: { boardId: 'board123', role: 'view' } });
  });

  it('refuse missing, malformed and forged tokens with 401', () => {
    const token = signToken(SECRET, { boardId: 'board123', role: 'edit' });
    const [payload, sig] = token.split('.') as [string, string];
    const elevated = Buffer.from(JSON.stringify({ v: 1, b: 'board123', r: 'edit' })).toString('base64url');
    const viewToken = signToken(SECRET, { boardId: 'board123', role: 'view' });
    for (const bad of [null, '', 'abc', `${payload}.${sig}.x`, `${payload}.${sig.slice(1)}`, signToken('b'.repeat(40), { boardId: 'board123', role: 'edit' }), `${elevated}.${viewToken.split('.')[1]}`]) {
      const result = verifyToken(SECRET, bad, 'board123');
      expect(result.ok ? 200 : result.status).toBe(401);
    }
  });

  it("refuse another board's genuine token with 403", () => {
    const token = signToken(SECRET, { boardId: 'other', role: 'edit' });
    expect(verifyToken(SECRET, token, 'board123')).toEqual({ ok: false, status: 403, error: 'token is for another board' });
  });

  it('never expire unless issued with an expiry, and then are refused with 401 after it', () => {
    const forever = signToken(SECRET, { boardId: 'board1234', role: 'edit' });
    expect(verifyToken(SECRET, forever, 'board1234', Date.now() + 100 * 365 * 86_400_000).ok).toBe(true);
    const expiresAt = Date.now() + 60_000;
    const limited = signToken(SECRET, { boardId: 'board1234', role: 'view', expiresAt });
    const check = verifyToken(SECRET, limited, 'board1234');
    expect(check.ok && check.claims.role).toBe('view');
    expect(verifyToken(SECRET, limited, 'board1234', expiresAt + 1000)).toEqual({ ok: false, status: 401, error: 'token expired' });
  });
});
