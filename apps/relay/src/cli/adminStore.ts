/**
 * The stores as the `roundtable` command opens them: the relay's own configuration variables,
 * read alone (an administrator's shell need not hold the relay's other settings). SQLite in
 * ROUNDTABLE_DATA_DIR (./data) by default, Postgres with DATABASE_URL; the sealing keys are in
 * the data dir's SQLite file either way.
 */
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';
import { redactUrl } from '../backends.js';
import type { BoardKeyStore } from '../sealing/BoardKeyStore.js';
import { PostgresBoardKeyStore } from '../sealing/PostgresBoardKeyStore.js';
import { SqliteBoardKeyStore } from '../sealing/SqliteBoardKeyStore.js';
import type { BoardStore } from '../store/BoardStore.js';
import type { KeyDeleter } from '../store/deleteStoredBoard.js';
import { PostgresStore } from '../store/PostgresStore.js';
import { SQLITE_FILE, SqliteStore } from '../store/SqliteStore.js';

/** A problem the administrator must fix, with the variable or argument to look at. */
export class AdminError extends Error {
  override name = 'AdminError';
}

const env = z.object({
  ROUNDTABLE_DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z.url().optional(),
});

/** The opened stores, and where they are (for messages). */
export interface AdminStores {
  store: BoardStore;
  keys: KeyDeleter;
  where: string;
  close(): Promise<void>;
}

/** Opens the store the relay would use with this environment. Rejects with an AdminError naming the variable. */
export async function openAdminStores(variables: Record<string, string | undefined>): Promise<AdminStores> {
  const parsed = env.safeParse(Object.fromEntries(Object.entries(variables).filter(([, v]) => v !== undefined && v !== '')));
  if (!parsed.success) throw new AdminError(parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`).join('; '));
  const { ROUNDTABLE_DATA_DIR: dataDir, DATABASE_URL: databaseUrl } = parsed.data;
  const sqliteFile = join(dataDir, SQLITE_FILE);
  let store: BoardStore;
  let where: string;
  if (databaseUrl) {
    where = `the Postgres store at DATABASE_URL (${redactUrl(databaseUrl)})`;
    store = await PostgresStore.open(databaseUrl, { poolSize: 2 }).catch((error: unknown) => {
      throw new AdminError(`cannot open ${where}: ${(error as Error).message}`);
    });
  } else {
    where = `${sqliteFile} (ROUNDTABLE_DATA_DIR=${dataDir})`;
    if (!existsSync(sqliteFile)) throw new AdminError(`no Roundtable store at ${where}; set ROUNDTABLE_DATA_DIR to the relay's data directory, or DATABASE_URL for Postgres`);
    try {
      store = new SqliteStore(dataDir);
    } catch (error) {
      throw new AdminError(`cannot open ${where}: ${(error as Error).message}`);
    }
  }
  // Keys live beside the boards: in Postgres with DATABASE_URL, else in the data dir's SQLite file.
  const keyStore: BoardKeyStore = databaseUrl
    ? await PostgresBoardKeyStore.open(databaseUrl).catch((error: unknown) => {
        throw new AdminError(`cannot open the sealing keys in ${where}: ${(error as Error).message}`);
      })
    : new SqliteBoardKeyStore(dataDir);
  return {
    store,
    where,
    keys: { delete: (boardId) => keyStore.delete(boardId) },
    async close() {
      await store.close();
      await keyStore.close();
    },
  };
}
