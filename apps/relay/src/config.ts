/**
 * The relay's configuration: environment variables parsed once into a typed object (zod).
 * A bad value stops start-up with a message naming the variable.
 */
import { z } from 'zod';

const int = (min: number, max: number) => z.coerce.number().int().min(min).max(max);

const schema = z.object({
  PORT: int(0, 65535).default(8080),
  HOST: z.string().min(1).default('127.0.0.1'),
  ROUNDTABLE_DATA_DIR: z.string().min(1).default('./data'),
  ROUNDTABLE_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  DATABASE_URL: z.url().optional(),
  REDIS_URL: z.url().optional(),
  /** SQLite `synchronous` in WAL mode: `normal` survives a process crash, `full` also power loss. */
  ROUNDTABLE_SQLITE_SYNC: z.enum(['normal', 'full']).default('normal'),
  /** Largest WebSocket message accepted from a client, in bytes. */
  ROUNDTABLE_MAX_MESSAGE_BYTES: int(1024, 256 * 1024 * 1024).default(8 * 1024 * 1024),
  /** Largest a board may grow (stored bytes) before further edits are refused. */
  ROUNDTABLE_MAX_BOARD_BYTES: int(64 * 1024, 4 * 1024 * 1024 * 1024).default(128 * 1024 * 1024),
  /** Messages per second one connection may send (bursts of twice that are allowed). */
  ROUNDTABLE_RATE_LIMIT: int(1, 1_000_000).default(500),
  /** Bytes queued to one slow reader before it is disconnected. */
  ROUNDTABLE_MAX_BUFFERED_BYTES: int(64 * 1024, 1024 * 1024 * 1024).default(64 * 1024 * 1024),
  /** New WebSocket connections one address may open per minute (beyond: HTTP 429 at the upgrade). */
  ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE: int(1, 10_000_000).default(600),
  /** Connections one board may have on one relay (beyond: close 4510, the client retries). */
  ROUNDTABLE_MAX_CONNECTIONS_PER_BOARD: int(1, 10_000_000).default(2000),
  /** Origins (scheme://host[:port], comma-separated, or *) whose pages may open the sync socket besides the relay's own. */
  ROUNDTABLE_ALLOWED_ORIGINS: z.string().default(''),
  /** Behind a proxy that appends X-Forwarded-For: count per-address limits by the address it reports. */
  ROUNDTABLE_TRUST_PROXY: z.enum(['true', 'false', '1', '0']).default('false'),
  /** Days a newly issued link works; unset: links never expire. */
  ROUNDTABLE_TOKEN_TTL_DAYS: int(1, 36_500).optional(),
  /** Interval between WebSocket pings; a peer that misses one is dropped. */
  ROUNDTABLE_PING_MS: int(100, 600_000).default(30_000),
  /** Scale-out: how often the loaded boards' last seqs are read from the store to catch a lost last fan-out message. */
  ROUNDTABLE_SEQ_CHECK_MS: int(100, 3_600_000).default(3000),
  /** Compact a loaded board's update log into a snapshot after this many updates. */
  ROUNDTABLE_COMPACT_AFTER: int(1, 1_000_000).default(1000),
  /** Directory of the built web app to serve; empty disables static serving. */
  ROUNDTABLE_WEB_DIR: z.string().optional(),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  /** `auto`: readable lines on a terminal, JSON lines otherwise. */
  LOG_FORMAT: z.enum(['auto', 'pretty', 'json']).default('auto'),
});

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  secret: string | undefined;
  databaseUrl: string | undefined;
  redisUrl: string | undefined;
  sqliteSync: 'normal' | 'full';
  maxMessageBytes: number;
  maxBoardBytes: number;
  rateLimit: number;
  maxBufferedBytes: number;
  connectionsPerIpPerMinute: number;
  maxConnectionsPerBoard: number;
  /** Extra origins allowed to open the sync socket (the relay's own always is); `*` allows any. */
  allowedOrigins: string[];
  trustProxy: boolean;
  /** How long a newly issued token works, in ms; undefined: for ever. */
  tokenTtlMs: number | undefined;
  pingMs: number;
  compactAfter: number;
  seqCheckMs: number;
  webDir: string | undefined;
  logLevel: z.infer<typeof schema>['LOG_LEVEL'];
  logFormat: z.infer<typeof schema>['LOG_FORMAT'];
};

export class ConfigError extends Error {
  override name = 'ConfigError';
}

/** Parses `env` (process.env by default). Throws ConfigError naming every bad variable. */
export function loadConfig(env: Record<string, string | undefined> = process.env): Config {
  // Empty strings count as unset, as in most shells' `VAR= cmd`.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = schema.safeParse(cleaned);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `${String(i.path[0])}: ${i.message}`);
    throw new ConfigError(`invalid configuration\n  ${lines.join('\n  ')}`);
  }
  const e = parsed.data;
  if (e.REDIS_URL && !e.DATABASE_URL) {
    throw new ConfigError('invalid configuration\n  REDIS_URL: scale-out needs the shared Postgres store too; set DATABASE_URL (or unset REDIS_URL for one relay)');
  }
  if ((e.DATABASE_URL || e.REDIS_URL) && !e.ROUNDTABLE_SECRET) {
    // Relays sharing a database must sign and check tokens with one secret; a generated one would differ per relay.
    const name = e.REDIS_URL ? 'REDIS_URL' : 'DATABASE_URL';
    throw new ConfigError(`invalid configuration\n  ROUNDTABLE_SECRET: required with ${name} (every relay of a deployment must share one secret of at least 32 characters)`);
  }
  return {
    port: e.PORT,
    host: e.HOST,
    dataDir: e.ROUNDTABLE_DATA_DIR,
    secret: e.ROUNDTABLE_SECRET,
    databaseUrl: e.DATABASE_URL,
    redisUrl: e.REDIS_URL,
    sqliteSync: e.ROUNDTABLE_SQLITE_SYNC,
    maxMessageBytes: e.ROUNDTABLE_MAX_MESSAGE_BYTES,
    maxBoardBytes: e.ROUNDTABLE_MAX_BOARD_BYTES,
    rateLimit: e.ROUNDTABLE_RATE_LIMIT,
    maxBufferedBytes: e.ROUNDTABLE_MAX_BUFFERED_BYTES,
    connectionsPerIpPerMinute: e.ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE,
    maxConnectionsPerBoard: e.ROUNDTABLE_MAX_CONNECTIONS_PER_BOARD,
    allowedOrigins: e.ROUNDTABLE_ALLOWED_ORIGINS.split(',').map((o) => o.trim().replace(/\/$/, '').toLowerCase()).filter((o) => o.length > 0),
    trustProxy: e.ROUNDTABLE_TRUST_PROXY === 'true' || e.ROUNDTABLE_TRUST_PROXY === '1',
    tokenTtlMs: e.ROUNDTABLE_TOKEN_TTL_DAYS === undefined ? undefined : e.ROUNDTABLE_TOKEN_TTL_DAYS * 86_400_000,
    pingMs: e.ROUNDTABLE_PING_MS,
    compactAfter: e.ROUNDTABLE_COMPACT_AFTER,
    seqCheckMs: e.ROUNDTABLE_SEQ_CHECK_MS,
    webDir: e.ROUNDTABLE_WEB_DIR,
    logLevel: e.LOG_LEVEL,
    logFormat: e.LOG_FORMAT,
  };
}
