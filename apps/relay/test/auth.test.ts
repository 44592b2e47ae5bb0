import { renameSection, selectSections } from '@roundtable/model';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { signToken } from '../src/tokens.js';
import { TEST_SECRET, connect, nextUpdateEcho, startTestRelay, synced, tryUpgrade, waitFor, type Board, type TestRelay } from './harness.js';

let relay: TestRelay;
let board: Board;
let other: Board;
beforeAll(async () => {
  relay = await startTestRelay();
  board = await relay.createBoard('Auth board');
  other = await relay.createBoard('Other board');
});
afterAll(() => relay.close());

describe('tokens at the upgrade', () => {
  it('accepts an edit and a view token for their board', async () => {
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${board.editToken}`)).toBe('open');
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${board.viewToken}`)).toBe('open');
  });

  it('refuses a missing token with 401', async () => {
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}`)).toBe(401);
  });

  it('refuses a forged token with 401', async () => {
    const forged = signToken('not-the-relay-secret-not-the-relay-secret', { boardId: board.boardId, role: 'edit' });
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${forged}`)).toBe(401);
    const [payload] = board.editToken.split('.');
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${payload}.AAAA`)).toBe(401);
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=garbage`)).toBe(401);
  });

  it("refuses another board's token with 403", async () => {
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${other.editToken}`)).toBe(403);
  });

  it('refuses an unknown board with 404, even with a genuine token for it', async () => {
    const token = signToken(TEST_SECRET, { boardId: 'nosuchboard123', role: 'edit' });
    expect(await tryUpgrade(`${relay.wsUrl}/nosuchboard123?token=${token}`)).toBe(404);
    expect(await tryUpgrade(`${relay.wsUrl}/bad!id?token=x`)).toBe(404);
  });
});

describe('view connections', () => {
  it('receive edits but their own edits reach no one and are not stored', async () => {
    const editor = connect(relay.wsUrl, board.boardId, board.editToken);
    const viewer = connect(relay.wsUrl, board.boardId, board.viewToken);
    try {
      await Promise.all([synced(editor), synced(viewer)]);
      const [first, second] = selectSections(editor.doc);
      // The viewer's edit goes over the wire (the stock client sends it) but is dropped.
      renameSection(viewer.doc, second!.id, 'Vandalised by viewer');
      const stored = nextUpdateEcho(editor);
      renameSection(editor.doc, first!.id, 'Edited by editor');
      await stored;
      await waitFor('viewer sees the editor', () => selectSections(viewer.doc)[0]?.title === 'Edited by editor');
      expect(selectSections(editor.doc)[1]?.title).toBe('Ideas');

      const fresh = connect(relay.wsUrl, board.boardId, board.editToken, new Y.Doc());
      await synced(fresh);
      expect(selectSections(fresh.doc).map((s) => s.title)).toEqual(['Edited by editor', 'Ideas', 'Do we agree?']);
      fresh.destroy();
    } finally {
      editor.destroy();
      viewer.destroy();
    }
  });
});

