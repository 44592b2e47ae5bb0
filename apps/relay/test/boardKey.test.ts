import { parseBoardKeyResponse } from '@roundtable/sealing';
import { afterEach, describe, expect, it } from 'vitest';
import { signToken } from '../src/tokens.js';
import { TEST_SECRET, removeDir, startTestRelay, tempDir, type TestRelay } from './harness.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function relayOn(dataDir: string): Promise<TestRelay> {
  const relay = await startTestRelay({}, dataDir);
  cleanups.push(() => relay.close());
  return relay;
}

const getKey = (relay: TestRelay, boardId: string, token?: string, header = false) =>
  fetch(`${relay.url}/api/boards/${boardId}/key${token && !header ? `?token=${token}` : ''}`, {
    headers: token && header ? { authorization: `Bearer ${token}` } : {},
  });

describe('GET /api/boards/:id/key', () => {
  it('serves one public key and its fingerprint to edit and view links, the same after a restart', async () => {
    const dir = tempDir();
    cleanups.push(() => removeDir(dir));
    const relay = await relayOn(dir);
    const board = await relay.createBoard();
    const asEditor = await getKey(relay, board.boardId, board.editToken);
    expect(asEditor.status).toBe(200);
    const body = await asEditor.json();
    const parsed = parseBoardKeyResponse(body);
    expect(parsed.ok).toBe(true);
    expect(await (await getKey(relay, board.boardId, board.viewToken, true)).json()).toEqual(body);
    const other = await relay.createBoard();
    expect(await (await getKey(relay, other.boardId, other.editToken)).json()).not.toEqual(body);

    await relay.close();
    const restarted = await relayOn(dir);
    expect(await (await getKey(restarted, board.boardId, board.editToken)).json()).toEqual(body);
  });

  it('refuses a missing token (401), another board\'s token (403) and an unknown board (404)', async () => {
    const relay = await relayOn(tempDir());
    const a = await relay.createBoard();
    const b = await relay.createBoard();
    expect((await getKey(relay, a.boardId)).status).toBe(401);
    const wrong = await getKey(relay, a.boardId, b.editToken);
    expect(wrong.status).toBe(403);
    expect(await wrong.json()).toEqual({ error: 'token is for another board' });
    const unknown = 'unknownBoard0001';
    const missing = await getKey(relay, unknown, signToken(TEST_SECRET, { boardId: unknown, role: 'edit' }));
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({ error: 'no such board' });
    expect((await getKey(relay, 'bad!', a.editToken)).status).toBe(404);
  });
});
