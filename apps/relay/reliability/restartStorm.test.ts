/**
 * A restart storm: 500 stock y-websocket clients (2,000 with RELIABILITY_FULL=1) on 10 boards
 * (20), all synced and writing; the relay is killed with -9 and started again on the same port
 * and data dir while every client writes offline; every client reconnects with the protocol's
 * jittered exponential backoff (`reconnectDelayMs`: a random delay up to min(cap, base × 2^n),
 * as the web app does) and resyncs. Then every client's document equals the truth: the board as the relay stores it,
 * with every member any client wrote, before the kill and during the outage.
 */
import { selectMembers, upsertMember } from '@roundtable/model';
import { reconnectDelayMs } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connect, createBoardVia, removeDir, tempDir, waitFor, type Board } from '../test/harness.js';
import { spawnRelay, type RelayProcess } from '../test/process.js';
import { freePort } from '../test/services/ports.js';
import { sized } from './scale.js';

const CLIENTS = sized(500, 2000);
const BOARDS = sized(10, 20);
const SLOW_MS = 180_000;

/**
 * Drives a stock provider's reconnects as the web app does (apps/web BoardConnection): the
 * protocol's full-jitter backoff instead of y-websocket's fixed 100 ms × 2^n, so a crowd that
 * lost its relay at the same instant does not come back at the same instant. Returns how many
 * reconnect attempts it scheduled.
 */
function jitteredReconnect(provider: WebsocketProvider, random: () => number): { attempts: number } {
  const state = { attempts: 0 };
  let failures = 0;
  provider.on('connection-close', () => {
    if (!provider.shouldConnect) return;
    // The provider's own retry (scheduled right after this event) finds shouldConnect false and does nothing.
    provider.shouldConnect = false;
    const delay = reconnectDelayMs(failures, random);
    failures += 1;
    state.attempts += 1;
    setTimeout(() => provider.connect(), delay);
  });
  provider.on('sync', (synced: boolean) => {
    if (synced) failures = 0;
  });
  return state;
}

function prng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const memberIds = (doc: Y.Doc) => selectMembers(doc).map((m) => m.id).sort();
const write = (doc: Y.Doc, id: string) => upsertMember(doc, { id, name: id, color: '#336699', at: Date.now() });

describe('restart storm', () => {
  it(`${CLIENTS} clients reconnect with jittered backoff after a relay restart, and all resync`, async () => {
    // The stock provider adds a process 'exit' listener each (Node).
    process.setMaxListeners(CLIENTS + 100);
    const dir = tempDir();
    const port = await freePort();
    const env = { PORT: String(port), ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE: '10000000', ROUNDTABLE_MAX_CONNECTIONS_PER_BOARD: '10000' };
    let relay: RelayProcess = await spawnRelay(dir, env);
    const random = prng(1122);
    const clients: { provider: WebsocketProvider; board: Board; id: string; reconnects: { attempts: number } }[] = [];
    try {
      const boards = await Promise.all(Array.from({ length: BOARDS }, (_, i) => createBoardVia(relay.url, `Storm ${i}`)));
      for (let i = 0; i < CLIENTS; i++) {
        const board = boards[i % BOARDS] as Board;
        const provider = connect(relay.wsUrl, board.boardId, board.editToken);
        clients.push({ provider, board, id: `client-${i}`, reconnects: jitteredReconnect(provider, random) });
      }
      await waitFor(`${CLIENTS} clients synced`, () => clients.every((c) => c.provider.synced), SLOW_MS);
      for (const c of clients) write(c.provider.doc, `${c.id}-before`);
      await waitFor('every client sees every member of its board written before the restart', () =>
        clients.every((c) => memberIds(c.provider.doc).length === CLIENTS / BOARDS), SLOW_MS);

      relay.child.kill('SIGKILL');
      await relay.exited;
      await waitFor('every client noticed', () => clients.every((c) => !c.provider.wsconnected), SLOW_MS);
      // Written while the relay is down: kept by each client, sent when it is back.
      for (const c of clients) write(c.provider.doc, `${c.id}-offline`);
      relay = await spawnRelay(dir, env);

      await waitFor(`${CLIENTS} clients resynced`, () => clients.every((c) => c.provider.synced), SLOW_MS);
      const perBoard = (2 * CLIENTS) / BOARDS;
      await waitFor('every client has every member of its board', () => clients.every((c) => memberIds(c.provider.doc).length === perBoard), SLOW_MS);

      // The truth: each board as the relay has it, read by a fresh client.
      for (const board of boards) {
        const reader = connect(relay.wsUrl, board.boardId, board.viewToken);
        await waitFor('a fresh reader synced', () => reader.synced, SLOW_MS);
        const truth = memberIds(reader.doc);
        expect(truth).toHaveLength(perBoard);
        for (const c of clients.filter((x) => x.board === board)) {
          expect(memberIds(c.provider.doc)).toEqual(truth);
          // The whole document, not only the members: nothing the relay has is missing here, and nothing here is missing there.
          expect(Y.encodeStateVector(c.provider.doc)).toEqual(Y.encodeStateVector(reader.doc));
        }
        reader.destroy();
      }
      const attempts = clients.map((c) => c.reconnects.attempts);
      console.log(`restart storm: ${CLIENTS} clients on ${BOARDS} boards resynced; reconnect attempts per client: max ${Math.max(...attempts)}, total ${attempts.reduce((a, b) => a + b, 0)}`);
    } finally {
      for (const c of clients) c.provider.destroy();
      relay.child.kill('SIGKILL');
      await relay.exited;
      removeDir(dir);
    }
  });
});
