/**
 * What the e2e relay has stored for a board, decoded: its SQLite file (snapshot plus update
 * log, as the relay loads it) read with the relay's own better-sqlite3, into a Y.Doc.
 */
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as Y from 'yjs';

/** The relay's SQLite file name in its data dir. */
const SQLITE_FILE = 'roundtable.sqlite';

interface Statement<R> {
  get(...args: unknown[]): R | undefined;
  all(...args: unknown[]): R[];
}
interface Db {
  prepare<R>(sql: string): Statement<R>;
  close(): void;
}
type DatabaseCtor = new (file: string, options: { readonly: boolean }) => Db;

/** better-sqlite3 as the relay package resolves it (the web app does not depend on it). */
const Database = createRequire(fileURLToPath(new URL('../../relay/package.json', import.meta.url)))('better-sqlite3') as DatabaseCtor;

/** The board `boardId` as the relay in `dataDir` has it on disk now. */
export function storedDoc(dataDir: string, boardId: string): Y.Doc {
  const db = new Database(join(dataDir, SQLITE_FILE), { readonly: true });
  try {
    const doc = new Y.Doc();
    const row = db.prepare<{ snapshot: Buffer | null }>('SELECT snapshot FROM boards WHERE id = ?').get(boardId);
    if (row?.snapshot) Y.applyUpdate(doc, row.snapshot);
    for (const { data } of db.prepare<{ data: Buffer }>('SELECT data FROM board_updates WHERE board_id = ? ORDER BY seq').all(boardId)) Y.applyUpdate(doc, data);
    return doc;
  } finally {
    db.close();
  }
}
