import { selectMembers, upsertMember } from '@roundtable/model';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import { connect, createBoardVia, nextUpdateEcho, removeDir, synced, tempDir, waitFor } from './harness.js';
import { spawnRelay, type RelayProcess } from './process.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

function track(provider: WebsocketProvider): WebsocketProvider {
  cleanups.push(() => provider.destroy());
  return provider;
}

async function relay(dataDir: string): Promise<RelayProcess> {
  const r = await spawnRelay(dataDir);
  cleanups.push(() => {
    if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
  });
  return r;
}

describe('durability', () => {
  it('after kill -9 during steady writes, every update another client received is in the store', async () => {
    const dataDir = tempDir();
    cleanups.push(() => removeDir(dataDir));
    const first = await relay(dataDir);
    const board = await createBoardVia(first.url, 'Crash test');
    const writer = track(connect(first.wsUrl, board.boardId, board.editToken));
    const observer = track(connect(first.wsUrl, board.boardId, board.editToken));
    await Promise.all([synced(writer), synced(observer)]);

    const seen = new Set<string>();
    observer.doc.getMap('members').observe((event) => event.keysChanged.forEach((k) => seen.add(k)));
    let written = 0;
    const timer = setInterval(() => {
      for (let i = 0; i < 3; i++) {
        upsertMember(writer.doc, { id: `member-${String(written).padStart(5, '0')}`, name: `Writer ${written}`, color: '#336699', at: Date.now() });
        written += 1;
      }
    }, 2);
    cleanups.push(() => clearInterval(timer));
    await waitFor('the observer received 150 members', () => seen.size >= 150, 15_000);
    first.child.kill('SIGKILL');
    await first.exited;
    clearInterval(timer);
    writer.shouldConnect = false;
    observer.shouldConnect = false;
    const received = [...seen];

    const second = await relay(dataDir);
    const reader = track(connect(second.wsUrl, board.boardId, board.editToken));
    await synced(reader);
    const stored = new Set(selectMembers(reader.doc).map((m) => m.id));
    expect(received.filter((id) => !stored.has(id))).toEqual([]);
    expect(written).toBeGreaterThan(received.length - 1);
  });

  it('on SIGTERM closes clients with "going away", keeps their last edit, and exits 0', async () => {
    const dataDir = tempDir();
    cleanups.push(() => removeDir(dataDir));
    const first = await relay(dataDir);
    const board = await createBoardVia(first.url, 'Graceful');
    const client = track(connect(first.wsUrl, board.boardId, board.editToken));
    await synced(client);
    const closeCodes: number[] = [];
    client.on('connection-close', (event) => {
      if (event) closeCodes.push(event.code);
    });
    const stored = nextUpdateEcho(client);
    upsertMember(client.doc, { id: 'member-last', name: 'Last word', color: '#aa3366', at: Date.now() });
    await stored;
    first.child.kill('SIGTERM');
    expect(await first.exited).toEqual({ code: 0, signal: null });
    await waitFor('client saw the close', () => closeCodes.length > 0);
    expect(closeCodes[0]).toBe(1001);
    client.shouldConnect = false;

    const second = await relay(dataDir);
    const reader = track(connect(second.wsUrl, board.boardId, board.editToken));
    await synced(reader);
    expect(selectMembers(reader.doc).map((m) => m.name)).toContain('Last word');
  });

  it('refuses to start with a bad variable and names it', async () => {
    const dataDir = tempDir();
    cleanups.push(() => removeDir(dataDir));
    await expect(spawnRelay(dataDir, { PORT: 'eighty' })).rejects.toThrow(/PORT/);
  });

  it('says which variable to change when its port is taken', async () => {
    const dataDir = tempDir();
    cleanups.push(() => removeDir(dataDir));
    const other = tempDir();
    cleanups.push(() => removeDir(other));
    const first = await relay(dataDir);
    const port = new URL(first.url).port;
    await expect(spawnRelay(other, { PORT: port })).rejects.toThrow(new RegExp(`cannot listen on 127\\.0\\.0\\.1:${port} \\(EADDRINUSE\\); set PORT or HOST`));
  });
});
