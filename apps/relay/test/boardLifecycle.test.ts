/**
 * Deleting a board and importing one, over real sockets and the real SQLite file: a deleted
 * board's connections close with `boardDeleted`, its bytes and key leave the file, and its links
 * answer 410; an import creates a new board from an export, and a bad file creates nothing.
 */
import { readFileSync, existsSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { CloseCode } from '@roundtable/protocol';
import { exportBoardFile, selectMeta, selectSections } from '@roundtable/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { connect, removeDir, startTestRelay, synced, tempDir, tryUpgrade, waitFor, nextUpdateEcho, type TestRelay } from './harness.js';

let relay: TestRelay;
let dataDir: string;

beforeAll(async () => {
  dataDir = tempDir();
  relay = await startTestRelay({}, dataDir);
});
afterAll(async () => {
  await relay.close();
  removeDir(dataDir);
});

/** Every byte of the SQLite file and its WAL, as latin1 text to search. */
function fileText(): string {
  const file = join(dataDir, 'roundtable.sqlite');
  return [file, `${file}-wal`].filter(existsSync).map((f) => readFileSync(f).toString('latin1')).join('');
}

const api = (path: string, init?: RequestInit) => fetch(`${relay.url}${path}`, init);

describe('deleting a board', () => {
  it('closes its connections with boardDeleted, removes its data, log and key from the file, and its links answer 410', async () => {
    const marker = 'Zebra-crossing-7f3a';
    const board = await relay.createBoard(`Board ${marker}`);
    const other = await relay.createBoard('Another board');
    expect((await api(`/api/boards/${board.boardId}/key?token=${board.editToken}`)).status).toBe(200); // a sealing key now exists

    const editor = connect(relay.wsUrl, board.boardId, board.editToken);
    const viewer = connect(relay.wsUrl, board.boardId, board.viewToken);
    const bystander = connect(relay.wsUrl, other.boardId, other.editToken);
    await Promise.all([synced(editor), synced(viewer), synced(bystander)]);
    const echoed = nextUpdateEcho(editor);
    editor.doc.getMap('meta').set('note', `typed ${marker}`);
    await echoed; // committed
    const closes: number[] = [];
    for (const p of [editor, viewer]) p.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code));
    const keyRows = () => {
      const db = new Database(join(dataDir, 'roundtable.sqlite'), { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM board_key WHERE board_id = ?').get(board.boardId) as { n: number }).n;
      } finally {
        db.close();
      }
    };
    expect(keyRows()).toBe(1);
    expect(fileText()).toContain(marker);

    const byViewer = await api(`/api/boards/${board.boardId}?token=${board.viewToken}`, { method: 'DELETE' });
    expect(byViewer.status).toBe(403);
    const deleted = await api(`/api/boards/${board.boardId}?token=${board.editToken}`, { method: 'DELETE' });
    expect(deleted.status).toBe(200);

    await waitFor('both connections closed with boardDeleted', () => closes.filter((c) => c === CloseCode.boardDeleted).length === 2);
    await waitFor('the providers are disconnected', () => !editor.wsconnected && !viewer.wsconnected);
    expect(fileText()).not.toContain(marker);
    expect(keyRows()).toBe(0);

    const check = await api(`/api/boards/${board.boardId}?token=${board.editToken}`);
    expect(check.status).toBe(410);
    expect(await check.json()).toEqual({ error: 'This board was deleted.', deleted: true });
    expect((await api(`/api/boards/${board.boardId}?token=${board.viewToken}`)).status).toBe(410);
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${board.editToken}`)).toBe(410);
    expect((await api(`/api/boards/${board.boardId}?token=${board.editToken}`, { method: 'DELETE' })).status).toBe(410);
    // A forged or missing token still learns nothing.
    expect((await api(`/api/boards/${board.boardId}`)).status).toBe(401);

    // The other board is untouched and still syncs.
    const echo = nextUpdateEcho(bystander);
    bystander.doc.getMap('meta').set('note', 'still here');
    await echo;
    expect(bystander.wsconnected).toBe(true);
    for (const p of [editor, viewer, bystander]) p.destroy();
  });
});

describe('importing a board', () => {
  const post = (body: string, type = 'application/json') => api('/api/boards/import', { method: 'POST', headers: { 'content-type': type }, body });

  it('creates a new board from a JSON export, with new links', async () => {
    const source = await relay.createBoard('Retro to copy', 'retrospective');
    const reader = connect(relay.wsUrl, source.boardId, source.viewToken);
    await synced(reader);
    const file = exportBoardFile(reader.doc, { boardId: source.boardId, at: Date.now() });
    reader.destroy();

    const res = await post(JSON.stringify(file));
    expect(res.status).toBe(201);
    const created = (await res.json()) as { boardId: string; editToken: string; viewToken: string; title: string };
    expect(created.title).toBe('Retro to copy');
    expect(created.boardId).not.toBe(source.boardId);
    const copy = connect(relay.wsUrl, created.boardId, created.editToken);
    await synced(copy);
    expect(selectMeta(copy.doc).title).toBe('Retro to copy');
    const titles = (doc: Y.Doc) => selectSections(doc).map((s) => [s.kind, s.title]);
    const original = new Y.Doc();
    const again = connect(relay.wsUrl, source.boardId, source.viewToken, original);
    await synced(again);
    expect(titles(copy.doc)).toEqual(titles(original));
    copy.destroy();
    again.destroy();
  });

  it('refuses a foreign, damaged or non-JSON file with a clear message and creates nothing', async () => {
    const count = () => {
      const db = new Database(join(dataDir, 'roundtable.sqlite'), { readonly: true });
      try {
        return (db.prepare('SELECT COUNT(*) AS n FROM boards').get() as { n: number }).n;
      } finally {
        db.close();
      }
    };
    const before = count();
    const foreign = await post(JSON.stringify({ type: 'excalidraw', elements: [] }));
    expect(foreign.status).toBe(400);
    expect(await foreign.json()).toEqual({ error: 'This file is not a Roundtable board export (it has no "format": "roundtable.board").' });
    const notJson = await post('name,text\nAda,hello');
    expect(notJson.status).toBe(400);
    expect(((await notJson.json()) as { error: string }).error).toMatch(/not JSON/);
    const damaged = await post(JSON.stringify({ format: 'roundtable.board', version: 1, exportedAt: 1, board: { id: 'x', title: 'x', schemaVersion: 2 }, document: { meta: {} } }));
    expect(damaged.status).toBe(400);
    expect(((await damaged.json()) as { error: string }).error).toMatch(/^This export is damaged: document/);
    expect(count()).toBe(before);
  });
});
