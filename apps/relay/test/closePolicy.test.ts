/**
 * The close-code table's policy as the stock y-websocket client lives it against the real relay:
 * a board over its size limit (4413) is final, a rate-limited client (4529) reconnects and
 * resends. Both with the stock client's own `shouldReconnect` and with the table's
 * `shouldRetryClose`, which the web app passes; the two must agree.
 */
import { upsertMember, selectMembers } from '@roundtable/model';
import { CloseCode, shouldRetryClose } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { connect, startTestRelay, synced, waitFor, type TestRelay } from './harness.js';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay({ ROUNDTABLE_MAX_BOARD_BYTES: String(64 * 1024), ROUNDTABLE_RATE_LIMIT: '20' });
});
afterAll(() => relay.close());

const policies = {
  'the stock client': undefined,
  'the table (as the web app uses it)': (event: { code: number }) => shouldRetryClose(event.code),
};

/** A stock provider that records the codes it was closed with and how often it connected. */
function watched(boardId: string, token: string, shouldReconnect?: (event: { code: number }) => boolean) {
  const provider = new WebsocketProvider(relay.wsUrl, boardId, new Y.Doc(), {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
    ...(shouldReconnect ? { shouldReconnect } : {}),
  });
  const closes: number[] = [];
  const finals: number[] = [];
  let connects = 0;
  provider.on('connection-close', (event) => {
    if (event) closes.push(event.code);
  });
  provider.on('closed', ({ code }) => finals.push(code));
  provider.on('status', ({ status }) => {
    if (status === 'connected') connects += 1;
  });
  return { provider, closes, finals, connects: () => connects };
}

/** Adds `count` members, each in its own transaction (one message each) or all in one. */
function addMembers(doc: Y.Doc, prefix: string, count: number, oneMessage: boolean): void {
  const add = () => {
    for (let i = 0; i < count; i++) upsertMember(doc, { id: `${prefix}-${String(i).padStart(4, '0')}`, name: `${prefix} member number ${i} with a longish name`, color: '#336699', at: Date.now() });
  };
  if (oneMessage) doc.transact(add);
  else add();
}

for (const [policy, shouldReconnect] of Object.entries(policies)) {
  describe(`close policy with ${policy}`, () => {
    it(`stops for good on ${CloseCode.boardTooLarge} (board over its size limit) and retries ${CloseCode.rateLimited} (rate limited)`, async () => {
      const big = await relay.createBoard('Too big');
      const limited = await relay.createBoard('Rate limited');
      const full = watched(big.boardId, big.editToken, shouldReconnect);
      const eager = watched(limited.boardId, limited.editToken, shouldReconnect);
      const watcher = connect(relay.wsUrl, limited.boardId, limited.editToken);
      try {
        await Promise.all([synced(full.provider), synced(eager.provider), synced(watcher)]);

        // Past 64 KiB in one update (accepted: the limit is checked before applying), then one more edit.
        addMembers(full.provider.doc, 'bulk', 600, true);
        addMembers(full.provider.doc, 'late', 1, true);
        await waitFor('the 4413 close', () => full.finals.length > 0);
        expect(full.closes).toEqual([CloseCode.boardTooLarge]);
        expect(full.finals).toEqual([CloseCode.boardTooLarge]);
        expect(full.provider.shouldConnect).toBe(false);

        // Scheduled after the 4413 with the same backoff, so once this one is back, the other
        // would have reconnected too if it were going to.
        addMembers(eager.provider.doc, 'flood', 100, false);
        await waitFor('the 4529 close', () => eager.closes.length > 0);
        expect(eager.closes[0]).toBe(CloseCode.rateLimited);
        await waitFor('the rate-limited client reconnected and resent everything', () => eager.provider.synced && selectMembers(watcher.doc).length === 100);
        expect(eager.finals).toEqual([]);
        expect(eager.connects()).toBeGreaterThanOrEqual(2);

        expect(full.connects()).toBe(1);
        expect(full.provider.ws).toBeNull();
      } finally {
        full.provider.destroy();
        eager.provider.destroy();
        watcher.destroy();
      }
    });
  });
}
