/**
 * Kill -9 cycles: a relay killed mid-write, again and again, never loses an update any client
 * received. On SQLite (one relay restarted on its data dir) and on the two-relay Postgres +
 * Redis cluster (one relay killed and restarted while the other stays). 20 cycles each, 100
 * with RELIABILITY_FULL=1.
 */
import { selectMembers, upsertMember } from '@roundtable/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PostgresStore } from '../src/store/PostgresStore.js';
import { connect, createBoardVia, removeDir, startTestRelay, tempDir, waitFor, type Board } from '../test/harness.js';
import { spawnRelay, type RelayProcess } from '../test/process.js';
import { startPostgres, type TestPostgres } from '../test/services/postgres.js';
import { startRedis, type TestRedis } from '../test/services/redis.js';
import { sized } from './scale.js';

const CYCLES = sized(20, 100);
/** Members the observer must receive from the writer before each kill. */
const PER_CYCLE = 20;
/** Generous: these run on shared CI machines; nothing here measures speed. */
const SLOW_MS = 60_000;
const synced = (provider: WebsocketProvider) => waitFor('provider synced', () => provider.synced, SLOW_MS);
/** Compact often, so kills also land during compactions. */
const RELAY_ENV = { ROUNDTABLE_COMPACT_AFTER: '50' };
const memberIds = (doc: Y.Doc) => selectMembers(doc).map((m) => m.id);

/** Writes members to `writer` until `observer` has received `count` new ones, then kill -9s `victim`. */
async function writeThenKill(writer: WebsocketProvider, observer: WebsocketProvider, victim: RelayProcess, seen: Set<string>, prefix: string, count: number): Promise<void> {
  const before = seen.size;
  const onChange = (event: Y.YMapEvent<unknown>) => event.keysChanged.forEach((k) => seen.add(k));
  const members = observer.doc.getMap('members');
  members.observe(onChange);
  let n = 0;
  const timer = setInterval(() => {
    upsertMember(writer.doc, { id: `${prefix}-${n}`, name: `${prefix} ${n}`, color: '#336699', at: Date.now() });
    n += 1;
  }, 5);
  try {
    await waitFor(`the observer received ${count} new members`, () => seen.size >= before + count, SLOW_MS);
    victim.child.kill('SIGKILL');
    await victim.exited;
  } finally {
    clearInterval(timer);
    members.unobserve(onChange);
  }
}

function stop(...providers: WebsocketProvider[]): void {
  for (const p of providers) {
    p.shouldConnect = false;
    p.destroy();
  }
}

describe('kill -9 cycles', () => {
  it(`SQLite: ${CYCLES} kills mid-write, nothing any client saw is lost`, async () => {
    const dir = tempDir();
    let relay = await spawnRelay(dir, RELAY_ENV);
    try {
      const board = await createBoardVia(relay.url, 'Kill cycles');
      const seen = new Set<string>();
      for (let cycle = 0; cycle < CYCLES; cycle++) {
        const writer = connect(relay.wsUrl, board.boardId, board.editToken);
        const observer = connect(relay.wsUrl, board.boardId, board.viewToken);
        try {
          await Promise.all([synced(writer), synced(observer)]);
          // The observer's first sync came from the store after the last kill.
          const stored = new Set(memberIds(observer.doc));
          expect([...seen].filter((id) => !stored.has(id)), `cycle ${cycle}`).toEqual([]);
          await writeThenKill(writer, observer, relay, seen, `c${cycle}`, PER_CYCLE);
        } finally {
          stop(writer, observer);
        }
        relay = await spawnRelay(dir, RELAY_ENV);
      }
      const reader = connect(relay.wsUrl, board.boardId, board.viewToken);
      await synced(reader);
      const stored = new Set(memberIds(reader.doc));
      stop(reader);
      expect([...seen].filter((id) => !stored.has(id))).toEqual([]);
      expect(seen.size).toBeGreaterThanOrEqual(CYCLES * PER_CYCLE);
    } finally {
      relay.child.kill('SIGKILL');
      await relay.exited;
      removeDir(dir);
    }
  });

  describe('two relays over Postgres and Redis', () => {
    let postgres: TestPostgres;
    let redis: TestRedis;
    beforeAll(async () => {
      [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
    });
    afterAll(async () => {
      await Promise.all([postgres?.destroy(), redis?.destroy()]);
    });

    async function storedMembers(boardId: string): Promise<Set<string>> {
      const store = await PostgresStore.open(postgres.url, { poolSize: 1 });
      try {
        const doc = new Y.Doc();
        for (const update of (await store.load(boardId))?.updates ?? []) Y.applyUpdate(doc, update);
        return new Set(memberIds(doc));
      } finally {
        await store.close();
      }
    }

    it(`${CYCLES} kills of one relay mid-write while the other serves on: nothing any client saw is lost`, async () => {
      const env = { DATABASE_URL: postgres.url, REDIS_URL: redis.url, ...RELAY_ENV };
      const dirs = [tempDir(), tempDir()];
      const stable = await startTestRelay(env, dirs[0]);
      let victim = await spawnRelay(dirs[1] as string, env);
      let board: Board | null = null;
      try {
        board = await stable.createBoard('Cluster kill cycles');
        const seen = new Set<string>();
        // A writer on the stable relay too, so both relays commit to the board (row lock, seqs interleave).
        const steady = connect(stable.wsUrl, board.boardId, board.editToken);
        const observer = connect(stable.wsUrl, board.boardId, board.viewToken);
        await Promise.all([synced(steady), synced(observer)]);
        let steadyCount = 0;
        const steadyTimer = setInterval(() => upsertMember(steady.doc, { id: `steady-${steadyCount++}`, name: 'Steady', color: '#663399', at: Date.now() }), 10);
        try {
          for (let cycle = 0; cycle < CYCLES; cycle++) {
            const writer = connect(victim.wsUrl, board.boardId, board.editToken);
            try {
              await synced(writer).catch((error: unknown) => {
                throw new Error(`cycle ${cycle}: ${(error as Error).message}; relay output:\n${victim.output().slice(-3000)}`);
              });
              await writeThenKill(writer, observer, victim, seen, `k${cycle}`, PER_CYCLE);
            } finally {
              stop(writer);
            }
            const stored = await storedMembers(board.boardId);
            expect([...seen].filter((id) => !stored.has(id)), `cycle ${cycle}`).toEqual([]);
            victim = await spawnRelay(dirs[1] as string, env);
          }
        } finally {
          clearInterval(steadyTimer);
          stop(steady, observer);
        }
        expect(seen.size).toBeGreaterThanOrEqual(CYCLES * PER_CYCLE);
      } finally {
        victim.child.kill('SIGKILL');
        await victim.exited;
        await stable.close();
        for (const dir of dirs) removeDir(dir as string);
      }
    });
  });
});
