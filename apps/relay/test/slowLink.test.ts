/**
 * A large board over a slow link with the stock y-websocket client, whose 30 s silence timer
 * (`messageReconnectTimeout`) drops a connection that has received no complete message for that
 * long. The relay runs as its own process; this process (the client) runs its clock ten times
 * fast, so the client's 30 s pass in 3 s: a board of 4 MB at 400 kB/s takes 10 s, and sent as one
 * message it would be cut and retried for ever. Sent in parts (Room.syncReply) it arrives whole
 * on the first connection.
 */
import { vi } from 'vitest';

const SPEED = 10;
vi.hoisted(() => {
  // Before lib0 (y-websocket's clock) is imported: `time.getUnixTime` is Date.now captured at load.
  const real = Date.now;
  const start = real();
  Date.now = () => start + (real() - start) * 10;
});

import * as time from 'lib0/time';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, createBoardVia, removeDir, tempDir } from './harness.js';
import { spawnRelay } from './process.js';
import { throttledProxy } from './throttledProxy.js';

const cleanups: (() => unknown)[] = [];
afterAll(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** Waits on the real clock (Date.now runs fast here). */
async function waitReal(what: string, predicate: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = performance.now() + timeoutMs;
  while (!predicate()) {
    if (performance.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 20));
  }
}

describe('a large initial sync over a slow link', () => {
  it('reaches the stock client whole, without the client’s 30 s silence timer cutting it', async () => {
    const realStart = performance.now();
    const clockStart = time.getUnixTime();
    await new Promise((resolve) => setTimeout(resolve, 200));
    // The client's clock really runs fast (else this test would prove nothing).
    expect(time.getUnixTime() - clockStart).toBeGreaterThan((performance.now() - realStart) * (SPEED - 1));

    const dir = tempDir();
    cleanups.push(() => removeDir(dir));
    const relay = await spawnRelay(dir);
    cleanups.push(() => relay.child.kill('SIGKILL'));
    const board = await createBoardVia(relay.url, 'Big board');

    // Two writers on a fast link build a 4 MB board whose structs refer across clients.
    const writers = [connect(relay.wsUrl, board.boardId, board.editToken), connect(relay.wsUrl, board.boardId, board.editToken)];
    cleanups.push(() => writers.forEach((w) => w.destroy()));
    await waitReal('writers synced', () => writers.every((w) => w.synced), 10_000);
    const paragraph = (i: number) => `${i}: ${'lorem ipsum dolor sit amet '.repeat(1500)}\n`;
    for (let i = 0; i < 100; i++) {
      const text = writers[i % 2]!.doc.getText('notes');
      text.insert(i % 3 === 0 ? 0 : text.length, paragraph(i));
      await waitReal('the other writer has it', () => writers[(i + 1) % 2]!.doc.getText('notes').length === text.length, 10_000);
    }
    const expected = writers[0]!.doc.getText('notes').toString();
    expect(Y.encodeStateAsUpdate(writers[0]!.doc).byteLength).toBeGreaterThan(4_000_000);

    // A reader on a 400 kB/s link.
    const proxy = await throttledProxy(Number(new URL(relay.url).port), 400_000);
    cleanups.push(() => proxy.close());
    const reader = connect(`ws://127.0.0.1:${proxy.port}/sync`, board.boardId, board.viewToken);
    cleanups.push(() => reader.destroy());
    const closes: number[] = [];
    reader.on('connection-close', (event: { code: number } | null) => closes.push(event?.code ?? 0));
    await waitReal('the reader on the slow link synced', () => reader.synced, 40_000);
    expect(reader.doc.getText('notes').toString()).toBe(expected);
    // Synced on its first connection: the silence timer never fired.
    expect(closes).toEqual([]);
    const parts = /roundtable_sync_parts_total (\d+)/.exec(await (await fetch(`${relay.url}/metrics`)).text());
    expect(Number(parts?.[1])).toBeGreaterThan(10);
  }, 120_000);
});
