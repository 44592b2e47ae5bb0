/**
 * The `roundtable` administrator command (dist/cli/main.js, as `pnpm roundtable` runs it) on a
 * real relay's SQLite file: list, export in every format, delete; and clear errors for a
 * wrong argument or variable. Needs `dist/` built (turbo's test depends on build).
 */
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { CloseCode } from '@roundtable/protocol';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { connect, removeDir, startTestRelay, synced, tempDir, waitFor, type Board, type TestRelay } from './harness.js';

const CLI = fileURLToPath(new URL('../dist/cli/main.js', import.meta.url));
let relay: TestRelay;
let dataDir: string;
let board: Board;

function roundtable(args: string[], env: Record<string, string> = {}) {
  const result = spawnSync(process.execPath, [CLI, ...args], { env: { PATH: process.env.PATH ?? '', ROUNDTABLE_DATA_DIR: dataDir, ...env }, encoding: 'utf8' });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

beforeAll(async () => {
  dataDir = tempDir();
  // The relay reads its open boards back from the store every 200 ms (3 s by default), so a
  // board deleted by the command closes its connections soon.
  relay = await startTestRelay({ ROUNDTABLE_SEQ_CHECK_MS: '200' }, dataDir);
  board = await relay.createBoard('Quarterly retro', 'retrospective');
});
afterAll(async () => {
  await relay.close();
  removeDir(dataDir);
});

describe('roundtable (the administrator command)', () => {
  it('lists the stored boards with their titles', () => {
    const out = roundtable(['list']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^BOARD +CREATED \(UTC\) +UPDATES +SIZE +TITLE\n/);
    expect(out.stdout).toContain(board.boardId);
    expect(out.stdout).toContain('Quarterly retro');
  });

  it('exports a board as Markdown, JSON, and CSV of cards and commitments', () => {
    const md = roundtable(['export', board.boardId, '--format', 'md']);
    expect(md.status).toBe(0);
    expect(md.stdout).toMatch(/^# Quarterly retro\n/);
    expect(md.stdout).toContain('## Leadership summary');
    const json = JSON.parse(roundtable(['export', board.boardId, '--format', 'json']).stdout) as { format: string; board: { id: string; title: string } };
    expect(json.format).toBe('roundtable.board');
    expect(json.board).toMatchObject({ id: board.boardId, title: 'Quarterly retro' });
    expect(roundtable(['export', board.boardId, '--format', 'csv-cards']).stdout).toBe('Section,Prompt,Cluster,Card,Author,Votes,Created (UTC)\r\n');
    expect(roundtable(['export', board.boardId, '--format', 'csv-commitments']).stdout).toMatch(/^Section,Owner,Commitment,Due,State/);
    const file = join(dataDir, 'out.md');
    expect(roundtable(['export', board.boardId, '--format', 'md', '--out', file]).stdout).toBe(`Wrote ${file}\n`);
    expect(readFileSync(file, 'utf8')).toContain('# Quarterly retro');
  });

  it('names the argument or variable that is wrong', () => {
    const noFormat = roundtable(['export', board.boardId]);
    expect([noFormat.status, noFormat.stderr.split('\n')[0]]).toEqual([2, 'roundtable: export needs --format (md, json, csv-cards, csv-commitments)']);
    expect(roundtable(['export', board.boardId, '--format', 'pdf']).stderr).toMatch(/--format must be one of md, json, csv-cards, csv-commitments, not "pdf"/);
    expect(roundtable(['frobnicate']).stderr).toMatch(/unknown command "frobnicate"/);
    expect(roundtable(['delete']).stderr).toMatch(/delete needs a board id/);
    const unknown = roundtable(['export', 'NoSuchBoard00000', '--format', 'md']);
    expect([unknown.status, unknown.stderr]).toEqual([1, 'roundtable: no board NoSuchBoard00000 in this store (see `roundtable list`)\n']);
    const empty = roundtable(['list'], { ROUNDTABLE_DATA_DIR: join(dataDir, 'nothing-here') });
    expect(empty.status).toBe(1);
    expect(empty.stderr).toMatch(/no Roundtable store at .*nothing-here.*set ROUNDTABLE_DATA_DIR/);
    expect(roundtable(['list'], { DATABASE_URL: 'not a url' }).stderr).toMatch(/^roundtable: DATABASE_URL: /);
    expect(roundtable(['delete', board.boardId]).stderr).toMatch(/without a terminal pass --yes to delete "Quarterly retro"/);
  });

  it('deletes a board: the relay closes its open connections, it leaves the list, exports say when it was deleted, and its links answer 410', async () => {
    const doomed = await relay.createBoard('Doomed board');
    const viewer = connect(relay.wsUrl, doomed.boardId, doomed.viewToken);
    await synced(viewer);
    const closes: number[] = [];
    viewer.on('connection-close', (event: { code: number } | null) => event && closes.push(event.code));
    const out = roundtable(['delete', doomed.boardId, '--yes']);
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/^Deleted board \w+: its content, log and key are gone/);
    // Nobody writes: the relay learns of the deletion from the store, not from a failed commit.
    await waitFor('the open connection closed with boardDeleted', () => closes.includes(CloseCode.boardDeleted));
    viewer.destroy();
    expect(roundtable(['list']).stdout).not.toContain(doomed.boardId);
    expect(roundtable(['export', doomed.boardId, '--format', 'md']).stderr).toMatch(/was deleted on \d{4}-/);
    expect(roundtable(['delete', doomed.boardId, '--yes']).stdout).toBe(`Board ${doomed.boardId} was already deleted.\n`);
    const check = await fetch(`${relay.url}/api/boards/${doomed.boardId}?token=${doomed.editToken}`);
    expect(check.status).toBe(410);
  });
});
