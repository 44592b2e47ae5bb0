import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { batchSpacing, GroupCommit, MAX_BATCH_SPACING_MS, MIN_BATCH_SPACING_MS, type CommitOwner } from './GroupCommit.js';
import { SqliteStore } from './store/SqliteStore.js';

const dirs: string[] = [];
afterEach(() => {
  vi.useRealTimers();
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store(): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
  dirs.push(dir);
  return new SqliteStore(dir);
}

/** An owner that records what it is told; its batches go to `fanOut` connections. */
function owner(boardId: string, fanOut = 1) {
  const events: { kind: 'committed' | 'failed'; updates?: number[]; seqs?: number[] }[] = [];
  const o: CommitOwner = {
    boardId,
    fanOut,
    committed(updates, seqs) {
      events.push({ kind: 'committed', updates: updates.map((u) => u[0] ?? -1), seqs });
    },
    failed() {
      events.push({ kind: 'failed' });
    },
  };
  return { o, events };
}

describe('GroupCommit', () => {
  it('commits a burst in one batch and tells each owner once, in order, after the commit', async () => {
    const s = store();
    await s.create('a', new Uint8Array([0]), 1);
    await s.create('b', new Uint8Array([0]), 1);
    const commit = new GroupCommit(s);
    const a = owner('a');
    const b = owner('b');
    // What the store holds at the moment the owner is told (SqliteStore reads synchronously).
    let storedWhenTold = 0;
    const record = a.o.committed.bind(a.o);
    a.o.committed = (updates, seqs) => {
      void s.load('a').then((board) => (storedWhenTold = (board?.updates.length ?? 0) - 1));
      record(updates, seqs);
    };
    commit.enqueue(a.o, new Uint8Array([1]));
    commit.enqueue(b.o, new Uint8Array([7]));
    commit.enqueue(a.o, new Uint8Array([2]));
    commit.enqueue(a.o, new Uint8Array([3]));
    expect(a.events).toEqual([]);
    await commit.idle();
    expect(a.events).toEqual([{ kind: 'committed', updates: [1, 2, 3], seqs: [1, 2, 3] }]);
    expect(b.events).toEqual([{ kind: 'committed', updates: [7], seqs: [1] }]);
    await new Promise((resolve) => setImmediate(resolve));
    expect(storedWhenTold).toBe(3);
  });

  it('numbers each board on from its last seq, batch after batch', async () => {
    const s = store();
    await s.create('a', new Uint8Array([0]), 1);
    const commit = new GroupCommit(s);
    const a = owner('a');
    commit.enqueue(a.o, new Uint8Array([1]));
    await commit.idle();
    commit.enqueue(a.o, new Uint8Array([2]));
    commit.enqueue(a.o, new Uint8Array([3]));
    await commit.idle();
    expect(a.events.map((e) => e.seqs)).toEqual([[1], [2, 3]]);
  });

  it('fails only the board the store refuses when a batch spans several boards', async () => {
    const s = store();
    await s.create('a', new Uint8Array([0]), 1);
    const commit = new GroupCommit(s);
    const a = owner('a');
    const ghost = owner('ghost');
    commit.enqueue(a.o, new Uint8Array([1]));
    commit.enqueue(ghost.o, new Uint8Array([2]));
    await commit.idle();
    expect(a.events).toEqual([{ kind: 'committed', updates: [1], seqs: [1] }]);
    expect(ghost.events).toEqual([{ kind: 'failed' }]);
    expect((await s.load('a'))?.updates.length).toBe(2);
  });

  it('reports a failed commit to every owner in the batch and relays nothing', async () => {
    const s = store();
    const commit = new GroupCommit(s);
    const a = owner('a');
    await s.close();
    commit.enqueue(a.o, new Uint8Array([1]));
    await commit.idle();
    expect(a.events).toEqual([{ kind: 'failed' }]);
  });

  it('spaces batches by the frames the last one sent: 4 ms for a small board, up to 16 ms for a crowd', () => {
    expect(batchSpacing(0)).toBe(MIN_BATCH_SPACING_MS);
    expect(batchSpacing(10)).toBe(MIN_BATCH_SPACING_MS);
    expect(batchSpacing(50)).toBeCloseTo(8);
    expect(batchSpacing(100)).toBe(MAX_BATCH_SPACING_MS);
    expect(batchSpacing(5000)).toBe(MAX_BATCH_SPACING_MS);
  });

  it('sends a lone update at once and holds a stream to a crowded board until the spacing has passed', async () => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'setImmediate', 'performance'] });
    const s = store();
    await s.create('crowd', new Uint8Array([0]), 1);
    await s.create('small', new Uint8Array([0]), 1);
    const commit = new GroupCommit(s);
    const crowd = owner('crowd', 100);
    commit.enqueue(crowd.o, new Uint8Array([1]));
    await vi.advanceTimersByTimeAsync(0);
    expect(crowd.events).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(1);
    commit.enqueue(crowd.o, new Uint8Array([2]));
    commit.enqueue(crowd.o, new Uint8Array([3]));
    await vi.advanceTimersByTimeAsync(MIN_BATCH_SPACING_MS + 4);
    expect(crowd.events).toHaveLength(1);
    await vi.advanceTimersByTimeAsync(MAX_BATCH_SPACING_MS);
    expect(crowd.events.map((e) => e.updates)).toEqual([[1], [2, 3]]);

    // The last batch went to one connection: the next waits only the shortest spacing.
    const small = owner('small', 1);
    await vi.advanceTimersByTimeAsync(MAX_BATCH_SPACING_MS * 2);
    commit.enqueue(small.o, new Uint8Array([4]));
    await vi.advanceTimersByTimeAsync(0);
    expect(small.events).toHaveLength(1);
    commit.enqueue(small.o, new Uint8Array([5]));
    await vi.advanceTimersByTimeAsync(MIN_BATCH_SPACING_MS);
    expect(small.events.map((e) => e.updates)).toEqual([[4], [5]]);
  });
});
