/**
 * Helpers for the sealing tests: a client's sealer from the served board key, reveal and
 * tally requests, and what the store holds (raw file bytes, and the board decoded from them).
 */
import Database from 'better-sqlite3';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { Writable } from 'node:stream';
import { upsertMember, type Sealer } from '@roundtable/model';
import { createSealer, parseBoardKeyResponse } from '@roundtable/sealing';
import { pino } from 'pino';
import * as Y from 'yjs';
import { loadConfig } from '../src/config.js';
import { startRelay } from '../src/server.js';
import { SQLITE_FILE, SqliteStore } from '../src/store/SqliteStore.js';
import { TEST_SECRET, createBoardVia, type TestRelay } from './harness.js';

/** The sealer a client builds: the board key fetched over HTTP, bound to the board. */
export async function sealerFor(url: string, boardId: string, token: string): Promise<{ seal: Sealer; fingerprint: string }> {
  const res = await fetch(`${url}/api/boards/${boardId}/key`, { headers: { authorization: `Bearer ${token}` } });
  const key = parseBoardKeyResponse(await res.json());
  if (!key.ok) throw new Error(key.error);
  return { seal: createSealer(boardId, key.value.publicKey), fingerprint: key.value.fingerprint };
}

/** POSTs a reveal or tally for a section; returns the status and JSON body. */
export async function sectionAction(url: string, boardId: string, sectionId: string, action: 'reveal' | 'tally' | 'round/reveal', token: string, by?: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await fetch(`${url}/api/boards/${boardId}/sections/${sectionId}/${action}`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, ...(by ? { 'content-type': 'application/json' } : {}) },
    body: by ? JSON.stringify({ by }) : null,
  });
  return { status: res.status, body: (await res.json()) as Record<string, unknown> };
}

/** Every byte in the data dir's SQLite files (database, WAL, shared memory), as latin-1 text to search. */
export function storedText(dataDir: string): string {
  return readdirSync(dataDir)
    .filter((name) => name.startsWith(SQLITE_FILE))
    .map((name) => readFileSync(join(dataDir, name)).toString('latin1'))
    .join('\n');
}

/** The board as the store holds it: snapshot plus update log, decoded into a document. */
export function storedDoc(dataDir: string, boardId: string): Y.Doc {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
  try {
    const doc = new Y.Doc();
    const row = db.prepare<[string], { snapshot: Buffer }>('SELECT snapshot FROM boards WHERE id = ?').get(boardId);
    if (row) Y.applyUpdate(doc, row.snapshot);
    for (const { data } of db.prepare<[string], { data: Buffer }>('SELECT data FROM board_updates WHERE board_id = ? ORDER BY seq').iterate(boardId)) Y.applyUpdate(doc, data);
    return doc;
  } finally {
    db.close();
  }
}

/** Registers a member on a client's document, as the web app does on open. */
export function joinAs(doc: Y.Doc, id: string, name: string): void {
  const result = upsertMember(doc, { id, name, color: '#336699', at: Date.now() });
  if (!result.ok) throw new Error(result.error);
}

/** A relay whose log lines (JSON) are kept for assertions. */
export async function startLoggingRelay(dataDir: string, env: Record<string, string> = {}): Promise<TestRelay & { lines: Record<string, unknown>[] }> {
  const lines: Record<string, unknown>[] = [];
  const sink = new Writable({
    write(chunk: Buffer, _encoding, done) {
      for (const line of chunk.toString('utf8').split('\n')) if (line.trim()) lines.push(JSON.parse(line) as Record<string, unknown>);
      done();
    },
  });
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ROUNDTABLE_DATA_DIR: dataDir, ROUNDTABLE_SECRET: TEST_SECRET, LOG_LEVEL: 'info', ...env });
  const relay = await startRelay(config, pino({ level: 'info' }, sink), { store: new SqliteStore(config.dataDir, config.sqliteSync) });
  return {
    relay,
    config,
    url: relay.url,
    wsUrl: `${relay.url.replace('http', 'ws')}/sync`,
    createBoard: (title = 'Test board', template = 'workshop') => createBoardVia(relay.url, title, template),
    close: () => relay.close(),
    lines,
  };
}
