import { renameSection, selectMeta, selectSections, upsertMember } from '@roundtable/model';
import { afterEach, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { connect, nextUpdateEcho, removeDir, startTestRelay, synced, tempDir, waitFor, type TestRelay } from './harness.js';

const cleanups: (() => unknown)[] = [];
afterEach(async () => {
  for (const fn of cleanups.splice(0).reverse()) await fn();
});

async function relayFor(dataDir = tempDir()): Promise<TestRelay> {
  const relay = await startTestRelay({}, dataDir);
  cleanups.push(() => relay.close());
  return relay;
}

function client(relay: TestRelay, boardId: string, token: string): WebsocketProvider {
  const provider = connect(relay.wsUrl, boardId, token);
  cleanups.push(() => provider.destroy());
  return provider;
}

describe('sync through the relay with the stock y-websocket client', () => {
  it('loads the created board before the first sync reply', async () => {
    const relay = await relayFor();
    const board = await relay.createBoard('Quarterly planning', 'retrospective');
    const a = client(relay, board.boardId, board.editToken);
    await synced(a);
    expect(selectMeta(a.doc).title).toBe('Quarterly planning');
    expect(selectSections(a.doc).map((s) => s.title)).toEqual(['Why we are here', 'Look back', 'Top actions']);
  });

  it('two clients converge on concurrent edits', async () => {
    const relay = await relayFor();
    const board = await relay.createBoard();
    const a = client(relay, board.boardId, board.editToken);
    const b = client(relay, board.boardId, board.editToken);
    await Promise.all([synced(a), synced(b)]);
    const [first, second] = selectSections(a.doc);
    renameSection(a.doc, first!.id, 'Renamed by A');
    renameSection(b.doc, second!.id, 'Renamed by B');
    upsertMember(b.doc, { id: 'member-bbb', name: 'Bea', color: '#22aa88', at: Date.now() });
    await waitFor('both renames everywhere', () =>
      [a.doc, b.doc].every((d) => selectSections(d).map((s) => s.title).join() === 'Renamed by A,Renamed by B,Do we agree?'),
    );
    await waitFor('member on A', () => a.doc.getMap('members').has('member-bbb'));
    expect(Y.encodeStateAsUpdate(a.doc)).toEqual(Y.encodeStateAsUpdate(b.doc));
  });

  it('keeps every edit across a relay restart on the same data dir', async () => {
    const dataDir = tempDir();
    cleanups.push(() => removeDir(dataDir));
    const first = await startTestRelay({}, dataDir);
    const board = await first.createBoard();
    const a = connect(first.wsUrl, board.boardId, board.editToken);
    await synced(a);
    const id = selectSections(a.doc)[0]!.id;
    const stored = nextUpdateEcho(a);
    renameSection(a.doc, id, 'Survives restarts');
    await stored;
    a.destroy();
    await first.close();

    const second = await relayFor(dataDir);
    const b = client(second, board.boardId, board.editToken);
    await synced(b);
    expect(selectSections(b.doc)[0]?.title).toBe('Survives restarts');
  });
});
