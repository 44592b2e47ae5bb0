/**
 * Picks the store and fan-out from configuration: SQLite in the data dir and no fan-out by
 * default; Postgres with DATABASE_URL; Redis fan-out across relays with REDIS_URL.
 */
import type { Logger } from 'pino';
import type { Config } from './config.js';
import type { Fanout } from './fanout/Fanout.js';
import { LocalFanout } from './fanout/LocalFanout.js';
import { RedisFanout } from './fanout/RedisFanout.js';
import type { Metrics } from './metrics.js';
import type { BoardStore } from './store/BoardStore.js';
import { PostgresStore } from './store/PostgresStore.js';
import { SqliteStore } from './store/SqliteStore.js';

/** What startRelay runs on. */
export interface Backends {
  store: BoardStore;
  fanout: Fanout;
}

/** A backend that could not be opened, with a message naming the variable to check. */
export class BackendError extends Error {
  override name = 'BackendError';
}

/** Opens the configured store and fan-out. Rejects with a BackendError naming what is wrong. */
export async function openBackends(config: Config, log: Logger, metrics?: Metrics): Promise<Backends> {
  let store: BoardStore;
  if (config.databaseUrl) {
    store = await PostgresStore.open(config.databaseUrl, {
      onIdleError: (error) => log.warn({ err: error.message }, 'an idle Postgres connection failed; it will be replaced'),
    }).catch((error: unknown) => {
      throw new BackendError(`cannot open the Postgres store at DATABASE_URL (${redactUrl(config.databaseUrl as string)}): ${(error as Error).message}`);
    });
  } else {
    try {
      store = new SqliteStore(config.dataDir, config.sqliteSync);
    } catch (error) {
      throw new BackendError(`cannot open the store in ${config.dataDir}: ${(error as Error).message}`);
    }
  }
  if (!config.redisUrl) return { store, fanout: new LocalFanout() };
  try {
    const fanout = await RedisFanout.open(config.redisUrl, { log, metrics });
    return { store, fanout };
  } catch (error) {
    await store.close().catch(() => undefined);
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
