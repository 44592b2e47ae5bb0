/**
 * A board stored in an older schema is upgraded where it is opened: the relay migrates it as it
 * loads, stores the migration like any update (committed before anyone receives it) and clients
 * receive the current shape.
 */
import { SCHEMA_VERSION, selectMeta, selectSections } from '@roundtable/model';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { GroupCommit } from '../src/GroupCommit.js';
import { createMetrics } from '../src/metrics.js';
import { Rooms } from '../src/Rooms.js';
import { SqliteStore } from '../src/store/SqliteStore.js';
import { signToken } from '../src/tokens.js';
import { LocalFanout } from '../src/fanout/LocalFanout.js';
import { TEST_SECRET, connect, removeDir, synced, tempDir } from './harness.js';
import { spawnRelay, type RelayProcess } from './process.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

/** A board as the model wrote it before versioning: no schemaVersion, title or createdAt. */
function versionZeroBoard(): Uint8Array {
  const doc = new Y.Doc();
  doc.transact(() => {
    doc.getMap('meta').set('template', 'workshop');
    const section = new Y.Map<unknown>();
    for (const [key, value] of Object.entries({ id: 's1', order: 'a0', kind: 'brainstorm', title: 'Ideas', phase: 'write' })) section.set(key, value);
    doc.getMap('sections').set('s1', section);
  });
  return Y.encodeStateAsUpdate(doc);
}

/** The board as the store holds it now (snapshot + update log). */
async function storedBoard(dataDir: string, boardId: string): Promise<{ doc: Y.Doc; updates: number }> {
  const store = new SqliteStore(dataDir);
  try {
    const stored = await store.load(boardId);
    if (!stored) throw new Error(`no board ${boardId} in the store`);
    const doc = new Y.Doc();
    for (const update of stored.updates) Y.applyUpdate(doc, update);
    return { doc, updates: stored.updates.length };
  } finally {
    await store.close();
  }
}

async function storeOldBoard(boardId: string): Promise<string> {
  const dataDir = tempDir();
  cleanups.push(() => removeDir(dataDir));
  const store = new SqliteStore(dataDir);
  await store.create(boardId, versionZeroBoard(), 1);
  await store.close();
  return dataDir;
}

async function relay(dataDir: string): Promise<RelayProcess> {
  const r = await spawnRelay(dataDir);
  cleanups.push(() => {
    if (r.child.exitCode === null && r.child.signalCode === null) r.child.kill('SIGKILL');
  });
  return r;
}

function client(r: RelayProcess, boardId: string): WebsocketProvider {
  const provider = connect(r.wsUrl, boardId, signToken(TEST_SECRET, { boardId, role: 'edit' }));
  cleanups.push(() => provider.destroy());
  return provider;
}

describe('migration on load', () => {
  it('Rooms migrates an old board as it loads and commits the migration through the group commit', async () => {
    const dataDir = await storeOldBoard('oldBoardRooms01');
    const store = new SqliteStore(dataDir);
    const rooms = new Rooms({ store, commit: new GroupCommit(store), metrics: createMetrics(), log: pino({ level: 'silent' }), maxBoardBytes: 1 << 20, compactAfter: 100, fanout: new LocalFanout() });
    const room = await rooms.acquire('oldBoardRooms01');
    expect(selectMeta(room!.doc)).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Untitled board', template: 'workshop' });
    await new Promise<void>((resolve) => room!.afterCommits(resolve));
    const stored = await store.load('oldBoardRooms01');
    const doc = new Y.Doc();
    for (const update of stored!.updates) Y.applyUpdate(doc, update);
    expect(selectMeta(doc).schemaVersion).toBe(SCHEMA_VERSION);
    rooms.release(room!);
    await rooms.closeAll();
    await store.close();
  });

  it('a client of the relay receives the upgraded board, and the upgrade was stored before it did (kill -9)', async () => {
    const boardId = 'oldSchemaBoard01';
    const dataDir = await storeOldBoard(boardId);
    expect(selectMeta((await storedBoard(dataDir, boardId)).doc).schemaVersion).toBe(0);

    const first = await relay(dataDir);
    const reader = client(first, boardId);
    await synced(reader);
    expect(selectMeta(reader.doc)).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Untitled board', createdAt: 0 });
    expect(selectSections(reader.doc).map((s) => [s.id, s.title, s.phase])).toEqual([['s1', 'Ideas', 'write']]);
    first.child.kill('SIGKILL');
    await first.exited;
    expect(first.output()).toContain('board migrated');

    // What the client saw was durable: the store holds the upgrade.
    const stored = await storedBoard(dataDir, boardId);
    expect(selectMeta(stored.doc)).toMatchObject({ schemaVersion: SCHEMA_VERSION, title: 'Untitled board' });

    // A current board is loaded as it is: nothing is migrated again.
    const second = await relay(dataDir);
    const again = client(second, boardId);
    await synced(again);
    expect(selectMeta(again.doc).schemaVersion).toBe(SCHEMA_VERSION);
    second.child.kill('SIGTERM');
    await second.exited;
    expect(second.output()).not.toContain('board migrated');
    expect(selectMeta((await storedBoard(dataDir, boardId)).doc).schemaVersion).toBe(SCHEMA_VERSION);
  });
});
