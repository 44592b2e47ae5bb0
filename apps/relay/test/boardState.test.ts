/**
 * GET /api/boards/:id/state: the committed board as one Yjs update, for a page that applies it
 * before it connects. Checked against stock y-websocket clients of the same relay.
 */
import { renameBoard, selectMeta } from '@roundtable/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { gunzipSync } from 'node:zlib';
import { GZIP_FROM_BYTES } from '../src/http/boardStateApi.js';
import { connect, getRaw, startTestRelay, synced, waitFor, type TestRelay } from './harness.js';

let relay: TestRelay;
beforeAll(async () => {
  relay = await startTestRelay();
});
afterAll(() => relay.close());

const stateOf = (boardId: string, token: string) => fetch(`${relay.url}/api/boards/${boardId}/state?token=${encodeURIComponent(token)}`);

describe('GET /api/boards/:id/state', () => {
  it('serves the committed board to a view link; a client that applies it, then connects, converges with later edits', async () => {
    const board = await relay.createBoard('Retro');
    const writer = connect(relay.wsUrl, board.boardId, board.editToken);
    const reader = connect(relay.wsUrl, board.boardId, board.viewToken);
    try {
      await Promise.all([synced(writer), synced(reader)]);
      renameBoard(writer.doc, { title: 'Sprint 42 retro', by: null, at: Date.now() });
      // The relay relays only what it has committed: once the reader sees it, the state has it.
      await waitFor('the rename to reach the reader', () => selectMeta(reader.doc).title === 'Sprint 42 retro');

      const res = await stateOf(board.boardId, board.viewToken);
      expect(res.status).toBe(200);
      expect(res.headers.get('content-type')).toBe('application/octet-stream');
      expect(res.headers.get('cache-control')).toBe('no-store');
      const fetched = new Y.Doc();
      Y.applyUpdate(fetched, new Uint8Array(await res.arrayBuffer()));
      expect(selectMeta(fetched).title).toBe('Sprint 42 retro');
      expect(Y.encodeStateVector(fetched)).toEqual(Y.encodeStateVector(reader.doc));

      // A page's document, filled from the state, then connected: it converges with the writer's later edit.
      const late = connect(relay.wsUrl, board.boardId, board.viewToken, fetched);
      try {
        await synced(late);
        renameBoard(writer.doc, { title: 'Sprint 42 retro, part two', by: null, at: Date.now() });
        await waitFor('the later rename to reach the page', () => selectMeta(late.doc).title === 'Sprint 42 retro, part two');
        expect(Y.encodeStateVector(late.doc)).toEqual(Y.encodeStateVector(writer.doc));
      } finally {
        late.destroy();
      }
    } finally {
      writer.destroy();
      reader.destroy();
    }
  });

  it('sends the state gzipped to a client that takes gzip, and as it is to one that does not', async () => {
    const board = await relay.createBoard('Compressed', 'retrospective');
    const url = `${relay.url}/api/boards/${board.boardId}/state?token=${board.viewToken}`;
    const plain = await getRaw(url);
    expect(plain.status).toBe(200);
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body.byteLength).toBeGreaterThanOrEqual(GZIP_FROM_BYTES);
    const packed = await getRaw(url, { 'accept-encoding': 'gzip, deflate' });
    expect(packed.status).toBe(200);
    expect(packed.headers['content-encoding']).toBe('gzip');
    expect(packed.headers.vary).toBe('Accept-Encoding');
    expect(packed.body.byteLength).toBeLessThan(plain.body.byteLength);
    expect(gunzipSync(packed.body)).toEqual(plain.body);
    // gzip;q=0 means "not gzip".
    expect((await getRaw(url, { 'accept-encoding': 'gzip;q=0, deflate' })).headers['content-encoding']).toBeUndefined();
  });

  it('refuses bad links: no token 401, another board\'s token 403, an odd id 404, a deleted board 410', async () => {
    const a = await relay.createBoard('A');
    const b = await relay.createBoard('B');
    expect((await fetch(`${relay.url}/api/boards/${a.boardId}/state`)).status).toBe(401);
    expect((await stateOf(a.boardId, b.editToken)).status).toBe(403);
    expect((await stateOf('x', a.editToken)).status).toBe(404);
    expect((await fetch(`${relay.url}/api/boards/${b.boardId}?token=${b.editToken}`, { method: 'DELETE' })).status).toBe(200);
    const gone = await stateOf(b.boardId, b.viewToken);
    expect(gone.status).toBe(410);
    expect(await gone.json()).toEqual({ error: 'This board was deleted.', deleted: true });
  });
});

describe('GET /api/boards/:id/state, limited per address', () => {
  it('answers 429 past the per-minute budget (ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE), and the address may still connect', async () => {
    const limited = await startTestRelay({ ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE: '2' });
    try {
      const board = await limited.createBoard('Limited');
      const url = `${limited.url}/api/boards/${board.boardId}/state?token=${board.viewToken}`;
      expect((await fetch(url)).status).toBe(200);
      expect((await fetch(url)).status).toBe(200);
      const refused = await fetch(url);
      expect(refused.status).toBe(429);
      expect(((await refused.json()) as { error: string }).error).toContain('too many requests');
      const client = connect(limited.wsUrl, board.boardId, board.viewToken);
      try {
        await synced(client);
      } finally {
        client.destroy();
      }
    } finally {
      await limited.close();
    }
  });
});
