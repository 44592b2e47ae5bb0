import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { GroupCommit, type CommitOwner } from './GroupCommit.js';
import { SqliteStore } from './store/SqliteStore.js';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function store(): SqliteStore {
  const dir = mkdtempSync(join(tmpdir(), 'group-commit-'));
  dirs.push(dir);
  return new SqliteStore(dir);
}

/** An owner that records what it is told. */
function owner(boardId: string) {
  const events: { kind: 'committed' | 'failed'; updates?: number[]; seqs?: number[] }[] = [];
  const o: CommitOwner = {
    boardId,
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
});
