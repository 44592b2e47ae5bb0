/**
 * Picks the store and fan-out from configuration: SQLite in the data dir and no fan-out by
 * default; Postgres with DATABASE_URL (boards and board sealing keys); Redis fan-out across
 * relays with REDIS_URL.
 */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Fanout } from './fanout/Fanout.js';
import { LocalFanout } from './fanout/LocalFanout.js';
import { RedisFanout } from './fanout/RedisFanout.js';
import type { Metrics } from './metrics.js';
import type { BoardKeyStore } from './sealing/BoardKeyStore.js';
import { PostgresBoardKeyStore } from './sealing/PostgresBoardKeyStore.js';
import type { BoardStore } from './store/BoardStore.js';
import { PostgresStore } from './store/PostgresStore.js';
import { SqliteStore } from './store/SqliteStore.js';

/** What startRelay runs on. */
export interface Backends {
  store: BoardStore;
  fanout: Fanout;
  /** Board sealing keys: in Postgres with DATABASE_URL (shared by every relay); omitted for the data dir's SQLite file. */
  keyStore?: BoardKeyStore;
}

/** A backend that could not be opened, with a message naming the variable to check. */
export class BackendError extends Error {
  override name = 'BackendError';
}

/** Opens the configured store and fan-out. Rejects with a BackendError naming what is wrong. */
export async function openBackends(config: Config, log: Logger, metrics?: Metrics): Promise<Backends> {
  let store: BoardStore;
  let keyStore: BoardKeyStore | undefined;
  if (config.databaseUrl) {
    const url = config.databaseUrl;
    const onIdleError = (error: Error) => log.warn({ err: error.message }, 'an idle Postgres connection failed; it will be replaced');
    store = await PostgresStore.open(url, { onIdleError }).catch((error: unknown) => {
      throw new BackendError(`cannot open the Postgres store at DATABASE_URL (${redactUrl(url)}): ${(error as Error).message}`);
    });
    try {
      keyStore = await PostgresBoardKeyStore.open(url, { onIdleError });
    } catch (error) {
      await store.close().catch(() => undefined);
      throw new BackendError(`cannot open the board-key table at DATABASE_URL (${redactUrl(url)}): ${(error as Error).message}`);
    }
  } else {
    try {
      store = new SqliteStore(config.dataDir, config.sqliteSync);
    } catch (error) {
      throw new BackendError(`cannot open the store in ${config.dataDir}: ${(error as Error).message}`);
    }
  }
  if (!config.redisUrl) return { store, fanout: new LocalFanout(), keyStore };
  try {
    const fanout = await RedisFanout.open(config.redisUrl, { log, metrics });
    return { store, fanout, keyStore };
  } catch (error) {
    await store.close().catch(() => undefined);
    await keyStore?.close().catch(() => undefined);
    throw new BackendError(`cannot reach Redis at REDIS_URL (${redactUrl(config.redisUrl)}): ${(error as Error).message}`);
  }
}

/** A connection URL without its password, for messages and logs. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.password) parsed.password = '***';
    return parsed.toString();
  } catch {
    return '(unparsable URL)';
  }
}
