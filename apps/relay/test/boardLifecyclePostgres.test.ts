/**
 * Deleting a board on the Postgres store (DATABASE_URL), through a relay over real sockets: its
 * connections close with boardDeleted, its rows leave `board` and `board_update`, a tombstone
 * stays in `deleted_board`, its sealing key leaves `board_key`, and its links answer 410.
 */
import { CloseCode } from '@roundtable/protocol';
import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, nextUpdateEcho, removeDir, startTestRelay, synced, tempDir, tryUpgrade, waitFor, type TestRelay } from './harness.js';
import { startPostgres, type TestPostgres } from './services/postgres.js';

let postgres: TestPostgres;
let relay: TestRelay;
let dataDir: string;

beforeAll(async () => {
  postgres = await startPostgres();
  dataDir = tempDir();
  relay = await startTestRelay({ DATABASE_URL: postgres.url }, dataDir);
}, 60_000);
afterAll(async () => {
  await relay?.close();
  await postgres?.destroy();
  removeDir(dataDir);
});

describe('deleting a board on Postgres', () => {
  it('closes its connections, removes its rows and its key, keeps a tombstone, and its links answer 410', async () => {
    const board = await relay.createBoard('Postgres board');
    const editor = connect(relay.wsUrl, board.boardId, board.editToken);
    await synced(editor);
    const echoed = nextUpdateEcho(editor);
    editor.doc.getMap('meta').set('note', 'typed');
    await echoed;
    const closes: number[] = [];
    editor.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code));

    const client = new pg.Client({ connectionString: postgres.url });
    await client.connect();
    try {
      const count = async (sql: string) => Number((await client.query<{ n: string }>(sql, [board.boardId])).rows[0]?.n);
      expect(await count('SELECT COUNT(*) AS n FROM board_update WHERE board_id = $1')).toBeGreaterThan(0);
      expect((await fetch(`${relay.url}/api/boards/${board.boardId}/key?token=${board.editToken}`)).status).toBe(200);
      expect(await count('SELECT COUNT(*) AS n FROM board_key WHERE board_id = $1')).toBe(1);
      const res = await fetch(`${relay.url}/api/boards/${board.boardId}?token=${board.editToken}`, { method: 'DELETE' });
      expect(res.status).toBe(200);
      await waitFor('closed with boardDeleted', () => closes.includes(CloseCode.boardDeleted));
      expect(await count('SELECT COUNT(*) AS n FROM board WHERE id = $1')).toBe(0);
      expect(await count('SELECT COUNT(*) AS n FROM board_update WHERE board_id = $1')).toBe(0);
      expect(await count('SELECT COUNT(*) AS n FROM deleted_board WHERE id = $1')).toBe(1);
      expect(await count('SELECT COUNT(*) AS n FROM board_key WHERE board_id = $1')).toBe(0);
    } finally {
      await client.end();
    }
    expect((await fetch(`${relay.url}/api/boards/${board.boardId}?token=${board.viewToken}`)).status).toBe(410);
    expect(await tryUpgrade(`${relay.wsUrl}/${board.boardId}?token=${board.editToken}`)).toBe(410);
    editor.destroy();
  });
});
