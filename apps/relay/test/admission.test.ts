/**
 * Who may open a sync socket at all: the page's origin, new connections per address per
 * minute (HTTP 429 before any WebSocket), connections per board (close 4510, retried).
 */
import { CloseCode } from '@roundtable/protocol';
import { afterEach, describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { until } from './services/ports.js';
import { rawClient, startTestRelay, tryUpgrade, type TestRelay } from './harness.js';

const relays: TestRelay[] = [];
afterEach(async () => {
  for (const r of relays.splice(0)) await r.close();
});
async function relay(env: Record<string, string> = {}): Promise<TestRelay> {
  const r = await startTestRelay(env);
  relays.push(r);
  return r;
}

/** The upgrade's outcome for a browser page on `origin`. */
function upgradeFrom(url: string, origin: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url, { origin });
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', reject);
  });
}

describe('upgrade admission', () => {
  it('refuses pages from other origins unless listed, and accepts its own and non-browser clients', async () => {
    const r = await relay({ ROUNDTABLE_ALLOWED_ORIGINS: 'https://board.example.org' });
    const board = await r.createBoard();
    const url = `${r.wsUrl}/${board.boardId}?token=${board.editToken}`;
    expect(await upgradeFrom(url, 'https://evil.example.com')).toBe(403);
    expect(await upgradeFrom(url, 'https://board.example.org')).toBe('open');
    expect(await upgradeFrom(url, r.url)).toBe('open');
    expect(await tryUpgrade(url)).toBe('open');
  });

  it('refuses new connections past the per-address limit with 429, while open ones keep working', async () => {
    const r = await relay({ ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE: '3' });
    const board = await r.createBoard();
    const url = `${r.wsUrl}/${board.boardId}?token=${board.editToken}`;
    const open = await rawClient(url);
    expect([await tryUpgrade(url), await tryUpgrade(url)]).toEqual(['open', 'open']);
    expect(await tryUpgrade(url)).toBe(429);
    expect(open.ws.readyState).toBe(WebSocket.OPEN);
    open.ws.close();
  });

  it(`closes a connection past the per-board limit with ${CloseCode.boardFull}, and admits one when a seat frees`, async () => {
    const r = await relay({ ROUNDTABLE_MAX_CONNECTIONS_PER_BOARD: '2' });
    const board = await r.createBoard();
    const other = await r.createBoard();
    const url = `${r.wsUrl}/${board.boardId}?token=${board.editToken}`;
    const [first, second] = [await rawClient(url), await rawClient(url)];
    const third = await rawClient(url);
    expect((await third.closed).code).toBe(CloseCode.boardFull);
    expect(await tryUpgrade(`${r.wsUrl}/${other.boardId}?token=${other.editToken}`)).toBe('open');
    first.ws.close();
    await until('the relay has let the first go', async () => (await (await fetch(`${r.url}/metrics`)).text()).split('\n').includes('roundtable_connections 1'));
    const fourth = await rawClient(url);
    expect(fourth.ws.readyState).toBe(WebSocket.OPEN);
    second.ws.close();
    fourth.ws.close();
  });

  it('issues links that expire after ROUNDTABLE_TOKEN_TTL_DAYS when it is set', async () => {
    const r = await relay({ ROUNDTABLE_TOKEN_TTL_DAYS: '7' });
    const board = await r.createBoard();
    for (const token of [board.editToken, board.viewToken]) {
      const { e } = JSON.parse(Buffer.from(token.split('.')[0] as string, 'base64url').toString()) as { e?: number };
      expect((e ?? 0) * 1000 - Date.now()).toBeGreaterThan(6.9 * 86_400_000);
      expect((e ?? 0) * 1000 - Date.now()).toBeLessThanOrEqual(7 * 86_400_000);
    }
    expect(await tryUpgrade(`${r.wsUrl}/${board.boardId}?token=${board.editToken}`)).toBe('open');
  });
});
