/**
 * A slow reader over real sockets: a client that stops reading (its TCP socket paused, so the
 * relay's send queue to it grows) is closed with 4508 once ROUNDTABLE_MAX_BUFFERED_BYTES is
 * queued, while two neighbours on the same board keep receiving every update; the relay stops
 * queueing to it, so what it got is bounded by the limit, not by the traffic, and the relay's
 * memory does not follow the traffic.
 */
import { CloseCode } from '@roundtable/protocol';
import { describe, expect, it } from 'vitest';
import WebSocket from 'ws';
import { connect, createBoardVia, removeDir, tempDir, waitFor } from '../test/harness.js';
import { spawnRelay } from '../test/process.js';
import { sized } from './scale.js';

const LIMIT = 1024 * 1024;
/** Traffic through the board while the reader is stalled: 40 MB (200 MB with RELIABILITY_FULL=1). */
const UPDATES = Number(process.env.SLOW_UPDATES) || sized(400, 2000);
const UPDATE_BYTES = 100_000;
const SLOW_MS = 60_000;

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('a slow reader', () => {
  it('is closed with 4508 and bounded in what it is sent; neighbours keep receiving everything', async () => {
    const dir = tempDir();
    const relay = await spawnRelay(dir, { ROUNDTABLE_MAX_BUFFERED_BYTES: String(LIMIT), ROUNDTABLE_RATE_LIMIT: '100000', ROUNDTABLE_COMPACT_AFTER: '50' });
    const board = await createBoardVia(relay.url, 'Slow reader');
    const writer = connect(relay.wsUrl, board.boardId, board.editToken);
    const neighbour = connect(relay.wsUrl, board.boardId, board.viewToken);
    const slow = new WebSocket(`${relay.wsUrl}/${board.boardId}?token=${board.viewToken}`, { perMessageDeflate: false });
    const opened = new Promise<void>((resolve, reject) => slow.once('open', resolve).once('error', reject));
    try {
      await waitFor('writer and neighbour synced', () => writer.synced && neighbour.synced, SLOW_MS);
      await opened;
      let slowBytes = 0;
      slow.on('message', (data: Buffer) => (slowBytes += data.byteLength));
      const closed = new Promise<number>((resolve) => slow.on('close', (code) => resolve(code)));
      // The same key overwritten: the traffic is large, the document stays small.
      const blob = writer.doc.getMap<string>('load');
      let received = 0;
      neighbour.doc.getMap<string>('load').observe(() => (received += 1));
      let sent = 0;
      const pushTraffic = async (): Promise<void> => {
        for (let i = 0; i < UPDATES; i++) {
          const n = sent++;
          blob.set('blob', `${n}:${'x'.repeat(UPDATE_BYTES)}`);
          // Paced by the neighbour, so the writer itself is never a slow reader or rate limited.
          await waitFor(`the neighbour received update ${n}`, () => neighbour.doc.getMap<string>('load').get('blob')?.startsWith(`${n}:`) === true, SLOW_MS);
        }
      };
      // The same traffic once while everyone reads: the relay's memory settles at what it needs.
      await pushTraffic();
      // Stop reading: the kernel's buffers fill, then the relay's queue to this socket grows.
      (slow as unknown as { _socket: import('node:net').Socket })._socket.pause();
      slowBytes = 0;
      const rssBefore = await metric(relay.url, 'process_resident_memory_bytes');
      await pushTraffic();
      expect(received).toBeGreaterThanOrEqual(2 * UPDATES);
      const rssAfter = await metric(relay.url, 'process_resident_memory_bytes');
      expect(await metric(relay.url, `roundtable_closes_total{code="${CloseCode.slowReader}"}`)).toBe(1);

      // Reading again, the slow client gets what was queued, then the close.
      (slow as unknown as { _socket: import('node:net').Socket })._socket.resume();
      expect(await closed).toBe(CloseCode.slowReader);
      const traffic = UPDATES * UPDATE_BYTES;
      // Sent to it: the limit plus what the kernel held, far below the traffic.
      expect(slowBytes).toBeLessThan(LIMIT + 16 * 1024 * 1024);
      expect(slowBytes).toBeLessThan(traffic / 2);
      // The relay did not keep the traffic for it: after the same traffic once before, its
      // memory grows by far less than the traffic (unbounded queueing would add all of it).
      expect(rssAfter - rssBefore).toBeLessThan(traffic / 2);
      expect(writer.wsconnected && neighbour.wsconnected).toBe(true);
      console.log(`slow reader: twice ${(traffic / 1e6).toFixed(0)} MB through the board; the stalled client was sent ${(slowBytes / 1e6).toFixed(1)} MB before 4508; relay RSS ${(rssBefore / 1e6).toFixed(0)} -> ${(rssAfter / 1e6).toFixed(0)} MB`);
    } finally {
      slow.terminate();
      writer.destroy();
      neighbour.destroy();
      relay.child.kill('SIGKILL');
      await relay.exited;
      removeDir(dir);
    }
  });
});
