import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pino } from 'pino';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LocalFanout } from './fanout/LocalFanout.js';
import { GroupCommit } from './GroupCommit.js';
import { createMetrics } from './metrics.js';
import { Rooms } from './Rooms.js';
import { SqliteStore } from './store/SqliteStore.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function rooms(store: SqliteStore): Rooms {
  return new Rooms({ store, commit: new GroupCommit(store), fanout: new LocalFanout(), metrics: createMetrics(), log: pino({ level: 'silent' }), maxBoardBytes: 1 << 20, compactAfter: 100 });
}

function store(): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'rooms-'));
  dirs.push(dir);
  return new SqliteStore(dir);
}

describe('Rooms', () => {
  it('shares one loaded room between acquirers and reloads it after the last release', async () => {
    const s = store();
    const doc = new Y.Doc();
    doc.getMap('meta').set('title', 'Shared');
    await s.create('board1', Y.encodeStateAsUpdate(doc), 1);
    const r = rooms(s);
    const [a, b] = await Promise.all([r.acquire('board1'), r.acquire('board1')]);
    expect(a).toBe(b);
    expect(a?.doc.getMap('meta').get('title')).toBe('Shared');
    r.release(a!);
    expect(r.loadedCount).toBe(1);
    r.release(b!);
    expect(r.loadedCount).toBe(0);
    const again = await r.acquire('board1');
    expect(again).not.toBe(a);
    expect(again?.doc.getMap('meta').get('title')).toBe('Shared');
  });

  it('answers null for an unknown board, and a board that fails to load can be retried', async () => {
    const s = store();
    const r = rooms(s);
    expect(await r.acquire('missing')).toBeNull();
    await s.create('broken', new Uint8Array([1, 2, 3, 4, 5]), 1);
    await expect(r.acquire('broken')).rejects.toThrow();
    expect(r.loadedCount).toBe(0);
    await expect(r.acquire('broken')).rejects.toThrow();
  });
});
