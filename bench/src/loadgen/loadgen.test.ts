/**
 * The load generator's handshake against a real relay (built apps/relay/dist, a child process):
 * raw readers sync, receive the writer's update, and the tracker matches it by the writer's
 * clock. No timing is asserted.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ServerProcess } from '../servers/ServerProcess.js';
import { LatencyTracker } from './LatencyTracker.js';
import { openClients } from './RawClient.js';
import { WRITER_CLIENT_ID, Writer } from './Writer.js';

let server: ServerProcess;
beforeAll(async () => {
  server = await ServerProcess.start('roundtable', { cpus: '0-1' });
});
afterAll(() => server?.stop());

describe('load generator against the relay', () => {
  it('syncs raw readers and matches each writer update to its send by clock', async () => {
    const board = await server.createBoard();
    const writer = new Writer(server.syncUrl(board));
    await writer.synced;
    writer.ensureBoard();
    const tracker = new LatencyTracker(WRITER_CLIENT_ID, 3);
    const sends: { from: number; to: number }[] = [];
    writer.onSend = (from, to, at) => {
      sends.push({ from, to });
      tracker.recordSend(from, to, at);
    };
    tracker.measuring = true;
    const readers = await openClients(3, () => server.syncUrl(board), (i) => ({ onUpdate: (u, at) => tracker.recordReceive(i, u, at) }));
    expect(readers.every((r) => r.isSynced)).toBe(true);
    for (let i = 0; i < 5; i++) writer.writeOne();
    const deadline = Date.now() + 5000;
    while (tracker.caughtUp() < 3 && Date.now() < deadline) await new Promise((resolve) => setTimeout(resolve, 10));
    expect(sends).toHaveLength(5);
    expect(sends[1]?.from).toBe(sends[0]?.to);
    expect(tracker.caughtUp()).toBe(3);
    expect(tracker.samples.length).toBe(15);
    for (const r of readers) r.close();
    writer.close();
  });
});
