/**
 * Scale-out against real services: two relays over one throwaway Postgres and one
 * redis-server, each with the stock y-websocket client. Clients on different relays converge
 * (documents and presence); a relay killed with -9 loses nothing any client saw; a Redis
 * restart loses nothing (the gap is filled from Postgres); a Postgres outage makes the relay
 * unready, closes editors with 4503, and it recovers by itself. Board sealing keys live in
 * Postgres, so a reveal on one relay opens drafts sealed with the key served by the other.
 * Deleting a board through one relay closes its connections on the other at once.
 */
import { saveDraft, selectBrainstormSettings, selectBrainstormState, selectDraftSummary, selectMembers, selectSections, upsertMember } from '@roundtable/model';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { pino } from 'pino';
import { openBackends } from '../src/backends.js';
import { loadConfig } from '../src/config.js';
import type { Fanout } from '../src/fanout/Fanout.js';
import { createMetrics } from '../src/metrics.js';
import { startRelay } from '../src/server.js';
import { PostgresStore } from '../src/store/PostgresStore.js';
import { TEST_SECRET, connect, createBoardVia, removeDir, startTestRelay, synced, tempDir, waitFor, type TestRelay } from './harness.js';
import { spawnRelay } from './process.js';
import { joinAs, sealerFor, sectionAction } from './sealing.js';
import { startPostgres, type TestPostgres } from './services/postgres.js';
import { startRedis, type TestRedis } from './services/redis.js';
import { until } from './services/ports.js';

let postgres: TestPostgres;
let redis: TestRedis;
const cleanups: (() => unknown)[] = [];

beforeAll(async () => {
  [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
}, 60_000);
afterAll(async () => {
  await Promise.all([postgres?.destroy(), redis?.destroy()]);
});
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

const scaleEnv = () => ({ DATABASE_URL: postgres.url, REDIS_URL: redis.url });

async function relay(env: Record<string, string> = {}): Promise<TestRelay> {
  const dir = tempDir();
  const r = await startTestRelay({ ...scaleEnv(), ...env }, dir);
  cleanups.push(() => removeDir(dir), () => r.close());
  return r;
}

/**
 * A relay whose Redis fan-out loses messages in transit: while `lose` is above 0, each publish
 * reaches Redis never (the counter goes down), as a dropped connection or a full buffer would.
 */
async function lossyRelay(env: Record<string, string>): Promise<TestRelay & { lose: { count: number } }> {
  const dir = tempDir();
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ROUNDTABLE_DATA_DIR: dir, ROUNDTABLE_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', ...scaleEnv(), ...env });
  const log = pino({ level: 'silent' });
  const metrics = createMetrics();
  const backends = await openBackends(config, log, metrics);
  const lose = { count: 0 };
  const inner = backends.fanout;
  const fanout: Fanout = {
    relayId: inner.relayId,
    get ready() {
      return inner.ready;
    },
    publish: (message) => {
      if (lose.count > 0) lose.count -= 1;
      else inner.publish(message);
    },
    subscribe: (board, handler, events) => inner.subscribe(board, handler, events),
    publishAwareness: (board, update) => inner.publishAwareness(board, update),
    queryPresence: (board) => inner.queryPresence(board),
    publishDeleted: (board) => inner.publishDeleted(board),
    close: () => inner.close(),
  };
  const server = await startRelay(config, log, { ...backends, fanout, metrics });
  cleanups.push(() => removeDir(dir), () => server.close());
  return {
    relay: server,
    config,
    url: server.url,
    wsUrl: `${server.url.replace('http', 'ws')}/sync`,
    createBoard: (title = 'Test board', template = 'workshop') => createBoardVia(server.url, title, template),
    close: () => server.close(),
    lose,
  };
}

function track(provider: WebsocketProvider): WebsocketProvider {
  cleanups.push(() => provider.destroy());
  return provider;
}

const memberIds = (doc: Y.Doc) => new Set(selectMembers(doc).map((m) => m.id));
const addMember = (doc: Y.Doc, id: string) => upsertMember(doc, { id, name: id, color: '#336699', at: Date.now() });

/** The board as Postgres has it, read straight from the store. */
async function storedMembers(boardId: string): Promise<Set<string>> {
  const store = await PostgresStore.open(postgres.url);
  try {
    const doc = new Y.Doc();
    for (const update of (await store.load(boardId))?.updates ?? []) Y.applyUpdate(doc, update);
    return memberIds(doc);
  } finally {
    await store.close();
  }
}

async function readyz(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${url}/readyz`);
  return { status: res.status, body: await res.json() };
}

async function metric(url: string, name: string): Promise<number> {
  const text = await (await fetch(`${url}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `) || l.startsWith(`${name}{`));
  return line ? Number(line.split(' ').pop()) : 0;
}

describe('two relays over Postgres and Redis', () => {
  it('deleting a board through relay A closes its connections on relay B at once, with no write there', async () => {
    const [a, b] = [await relay(), await relay()];
    const board = await a.createBoard('Deleted across relays');
    const other = await a.createBoard('Another board');
    const onA = track(connect(a.wsUrl, board.boardId, board.editToken));
    const onB = track(connect(b.wsUrl, board.boardId, board.viewToken));
    const bystander = track(connect(b.wsUrl, other.boardId, other.editToken));
    await Promise.all([synced(onA), synced(onB), synced(bystander)]);
    const closes: number[] = [];
    onB.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code));
    const res = await fetch(`${a.url}/api/boards/${board.boardId}?token=${board.editToken}`, { method: 'DELETE' });
    expect(res.status).toBe(200);
    await waitFor('the viewer on B closed with boardDeleted', () => closes.includes(CloseCode.boardDeleted));
    expect(bystander.wsconnected).toBe(true);
    expect((await fetch(`${b.url}/api/boards/${board.boardId}?token=${board.viewToken}`)).status).toBe(410);
  });

  it('a client on each relay converges, presence included', async () => {
    const [a, b] = [await relay(), await relay()];
    const board = await a.createBoard('Across relays');
    const onA = track(connect(a.wsUrl, board.boardId, board.editToken));
    const onB = track(connect(b.wsUrl, board.boardId, board.editToken));
    await Promise.all([synced(onA), synced(onB)]);
    addMember(onA.doc, 'member-from-a');
    addMember(onB.doc, 'member-from-b');
    await waitFor('both clients see both members', () => [onA, onB].every((p) => memberIds(p.doc).has('member-from-a') && memberIds(p.doc).has('member-from-b')));
    onA.awareness.setLocalState({ name: 'Ada' });
    await waitFor('B sees A’s presence', () => (onB.awareness.getStates().get(onA.awareness.clientID) as { name?: string } | undefined)?.name === 'Ada');
    // A client joining later on B learns A's presence from A's relay (presence is never stored).
    const late = track(connect(b.wsUrl, board.boardId, board.viewToken));
    await waitFor('a late viewer on B sees A’s presence', () => late.awareness.getStates().has(onA.awareness.clientID));
    onA.awareness.setLocalState(null);
    await waitFor('B sees A leave', () => !onB.awareness.getStates().has(onA.awareness.clientID));
    expect(await storedMembers(board.boardId)).toEqual(new Set(['member-from-a', 'member-from-b']));
  });

  it('a relay killed with -9 mid-session loses nothing any client saw', async () => {
    const dir = tempDir();
    cleanups.push(() => removeDir(dir));
    const a = await spawnRelay(dir, scaleEnv());
    cleanups.push(() => void (a.child.exitCode === null && a.child.signalCode === null && a.child.kill('SIGKILL')));
    const b = await relay();
    const board = await b.createBoard('Crash across relays');
    const writer = track(connect(a.wsUrl, board.boardId, board.editToken));
    const observer = track(connect(b.wsUrl, board.boardId, board.viewToken));
    await Promise.all([synced(writer), synced(observer)]);
    const seen = new Set<string>();
    observer.doc.getMap('members').observe((event) => event.keysChanged.forEach((k) => seen.add(k)));
    let written = 0;
    const timer = setInterval(() => addMember(writer.doc, `member-${written++}`), 3);
    cleanups.push(() => clearInterval(timer));
    await waitFor('the observer on B received 100 members from A', () => seen.size >= 100, 15_000);
    a.child.kill('SIGKILL');
    await a.exited;
    clearInterval(timer);
    writer.shouldConnect = false;
    const received = [...seen];
    const stored = await storedMembers(board.boardId);
    expect(received.filter((id) => !stored.has(id))).toEqual([]);
  });

  it('a Redis restart mid-session loses nothing: the gap is filled from Postgres', async () => {
    const [a, b] = [await relay(), await relay()];
    const board = await a.createBoard('Redis restart');
    const writer = track(connect(a.wsUrl, board.boardId, board.editToken));
    // A viewer stays connected through the outage (only editors are closed), so B keeps the board loaded.
    const viewer = track(connect(b.wsUrl, board.boardId, board.viewToken));
    await Promise.all([synced(writer), synced(viewer)]);
    addMember(writer.doc, 'member-before');
    await waitFor('the viewer sees the first member', () => memberIds(viewer.doc).has('member-before'));
    const fillsBefore = await metric(b.url, 'roundtable_gap_fills_total');

    await redis.stop();
    // Committed on A while Redis is down: published to nobody.
    addMember(writer.doc, 'member-during');
    await until('A is unready', async () => (await readyz(a.url)).status === 503);
    expect((await readyz(a.url)).body).toMatchObject({ status: 'unavailable', fanout: 'unreachable' });
    await redis.start();
    await until('A and B are ready again', async () => (await readyz(a.url)).status === 200 && (await readyz(b.url)).status === 200);
    await waitFor('the viewer on B has the member written during the outage', () => memberIds(viewer.doc).has('member-during'), 15_000);
    addMember(writer.doc, 'member-after');
    await waitFor('the viewer sees a member written after it', () => memberIds(viewer.doc).has('member-after'), 15_000);
    expect(await metric(b.url, 'roundtable_gap_fills_total')).toBeGreaterThan(fillsBefore);
    expect(await storedMembers(board.boardId)).toEqual(new Set(['member-before', 'member-during', 'member-after']));
  });

  it('a board that goes quiet after its last Redis message was lost still catches up (periodic seq check)', async () => {
    const a = await lossyRelay({});
    const b = await relay({ ROUNDTABLE_SEQ_CHECK_MS: '200' });
    const board = await a.createBoard('Lost last message');
    const writer = track(connect(a.wsUrl, board.boardId, board.editToken));
    const viewer = track(connect(b.wsUrl, board.boardId, board.viewToken));
    await Promise.all([synced(writer), synced(viewer)]);
    addMember(writer.doc, 'member-first');
    await waitFor('the viewer on B sees the first member', () => memberIds(viewer.doc).has('member-first'));
    const fillsBefore = await metric(b.url, 'roundtable_gap_fills_total');

    // The board's last update never reaches Redis; nobody writes again and Redis stays up.
    a.lose.count = 1;
    addMember(writer.doc, 'member-last');
    await until('the last member is stored', async () => (await storedMembers(board.boardId)).has('member-last'));
    expect(a.lose.count).toBe(0);
    await waitFor('the viewer on B has the last member, read from Postgres', () => memberIds(viewer.doc).has('member-last'), 10_000);
    expect(await metric(b.url, 'roundtable_gap_fills_total')).toBeGreaterThan(fillsBefore);
  });

  it('a Postgres outage makes the relay unready and closes editors with 4503; it recovers by itself', async () => {
    const a = await relay();
    const board = await a.createBoard('Postgres outage');
    const editor = track(connect(a.wsUrl, board.boardId, board.editToken));
    await synced(editor);
    const closes: number[] = [];
    editor.on('connection-close', (event: { code: number } | null) => {
      if (event) closes.push(event.code);
    });
    await postgres.stop();
    try {
      await until('A is unready', async () => (await readyz(a.url)).status === 503);
      expect((await readyz(a.url)).body).toMatchObject({ status: 'unavailable', store: 'unreachable' });
      await waitFor('the editor was closed with 4503', () => closes.includes(CloseCode.unavailable), 10_000);
      // Made while the relay cannot store it: kept by the client, sent when the relay is back.
      addMember(editor.doc, 'member-during-outage');
    } finally {
      await postgres.start();
    }
    await until('A is ready again', async () => (await readyz(a.url)).status === 200);
    await waitFor('the editor reconnected and synced', () => editor.wsconnected && editor.synced, 15_000);
    await until('the change made during the outage is stored', async () => (await storedMembers(board.boardId)).has('member-during-outage'));
  });

  it('a reveal requested on relay B opens drafts sealed with the board key fetched from relay A', async () => {
    const [a, b] = [await relay(), await relay()];
    const board = await a.createBoard('Sealed across relays', 'workshop');
    const writer = track(connect(a.wsUrl, board.boardId, board.editToken));
    const reader = track(connect(b.wsUrl, board.boardId, board.editToken));
    await Promise.all([synced(writer), synced(reader)]);
    joinAs(writer.doc, 'member-ana', 'Ana');
    const sectionId = selectSections(writer.doc).find((s) => s.kind === 'brainstorm')!.id;
    const column = selectBrainstormSettings(writer.doc, sectionId)!.columns[0]!.id;
    const fromA = await sealerFor(a.url, board.boardId, board.editToken);
    const fromB = await sealerFor(b.url, board.boardId, board.viewToken);
    expect(fromB.fingerprint).toBe(fromA.fingerprint);
    for (const text of ['SECRET-ONE sealed on A', 'SECRET-TWO sealed on A']) {
      expect(saveDraft(writer.doc, { sectionId, by: 'member-ana', at: Date.now(), column, text, seal: fromA.seal }).ok).toBe(true);
    }
    await waitFor('B’s client sees two drafts', () => selectDraftSummary(reader.doc, sectionId).drafts === 2, 10_000);
    expect(await sectionAction(b.url, board.boardId, sectionId, 'reveal', board.editToken, 'member-ana')).toEqual({ status: 200, body: { revealed: 2, skipped: 0 } });
    const texts = (doc: Y.Doc) => [...(selectBrainstormState(doc, sectionId)?.cards.values() ?? [])].map((c) => c.text).sort();
    await waitFor('both clients see the two cards', () => [writer, reader].every((p) => texts(p.doc).length === 2), 10_000);
    expect(texts(writer.doc)).toEqual(['SECRET-ONE sealed on A', 'SECRET-TWO sealed on A']);
  });
});
