import * as encoding from 'lib0/encoding';
import { renameSection, selectSections } from '@roundtable/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { CloseCode } from '@roundtable/protocol';
import { connect, rawClient, startTestRelay, synced, waitFor, type Board, type TestRelay } from './harness.js';

let relay: TestRelay;
let board: Board;
beforeAll(async () => {
  relay = await startTestRelay({ ROUNDTABLE_MAX_MESSAGE_BYTES: '65536', ROUNDTABLE_RATE_LIMIT: '20' });
  board = await relay.createBoard('Limits');
});
afterAll(() => relay.close());

const url = () => `${relay.wsUrl}/${board.boardId}?token=${board.editToken}`;

function frame(...parts: ((e: encoding.Encoder) => void)[]): Uint8Array {
  const e = encoding.createEncoder();
  for (const part of parts) part(e);
  return encoding.toUint8Array(e);
}

/** While `fn` abuses the relay with its own connection, a bystander keeps syncing unharmed. */
async function withBystander(fn: () => Promise<void>): Promise<void> {
  const bystander = connect(relay.wsUrl, board.boardId, board.editToken);
  const watcher = connect(relay.wsUrl, board.boardId, board.editToken);
  try {
    await Promise.all([synced(bystander), synced(watcher)]);
    await fn();
    const id = selectSections(bystander.doc)[0]!.id;
    const title = `Still fine ${Math.random()}`;
    renameSection(bystander.doc, id, title);
    await waitFor('watcher sees the bystander', () => selectSections(watcher.doc)[0]?.title === title);
    expect(bystander.wsconnected && watcher.wsconnected).toBe(true);
  } finally {
    bystander.destroy();
    watcher.destroy();
  }
}

describe('bad frames close only their own connection, with a named code', () => {
  const malformed: [string, Uint8Array | string][] = [
    ['a text frame', 'hello'],
    ['an unknown message type', frame((e) => encoding.writeVarUint(e, 9))],
    ['a truncated sync message', frame((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint(e, 100))],
    ['trailing bytes after a message', frame((e) => encoding.writeVarUint(e, 3), (e) => encoding.writeVarUint(e, 3))],
    ['an update that is not a Yjs update', frame((e) => encoding.writeVarUint(e, 0), (e) => encoding.writeVarUint(e, 2), (e) => encoding.writeVarUint8Array(e, new Uint8Array([255, 255, 255, 255, 1, 2, 3])))],
    ['garbage awareness', frame((e) => encoding.writeVarUint(e, 1), (e) => encoding.writeVarUint8Array(e, new Uint8Array([5, 1, 2])))],
    ['an empty frame', new Uint8Array(0)],
  ];
  for (const [what, data] of malformed) {
    it(`closes on ${what} with ${CloseCode.malformed}`, async () => {
      await withBystander(async () => {
        const { ws, closed } = await rawClient(url());
        ws.send(data);
        expect((await closed).code).toBe(CloseCode.malformed);
      });
    });
  }

  it(`closes an oversized frame with ${CloseCode.messageTooBig}`, async () => {
    await withBystander(async () => {
      const { ws, closed } = await rawClient(url());
      ws.send(new Uint8Array(70_000));
      expect((await closed).code).toBe(CloseCode.messageTooBig);
    });
  });

  it(`closes a connection flooding messages with ${CloseCode.rateLimited}`, async () => {
    await withBystander(async () => {
      const { ws, closed } = await rawClient(url());
      const query = frame((e) => encoding.writeVarUint(e, 3));
      for (let i = 0; i < 200; i++) ws.send(query);
      expect((await closed).code).toBe(CloseCode.rateLimited);
    });
  });
});
