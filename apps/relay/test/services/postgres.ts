/**
 * A throwaway Postgres for tests: Debian's binaries, `initdb` into a temp dir (as the
 * `postgres` user when we are root, since initdb refuses root), `pg_ctl` on a free port with
 * its socket in the same dir, stopped and removed afterwards. With DATABASE_URL set, that
 * server is used instead and each call gets a fresh database in it.
 */
import { execFileSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import pg from 'pg';
import { freePort } from './ports.js';

export interface TestPostgres {
  /** A connection URL for a fresh, empty database. */
  url: string;
  /** Stops the server (an outage); `start()` brings it back on the same port with the same data. */
  stop(): Promise<void>;
  start(): Promise<void>;
  /** Stops and removes everything. */
  destroy(): Promise<void>;
}

/** Where Debian installs the server binaries (the newest version present). */
export function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin');
  throw new Error('Postgres is not installed (apt-get install postgresql), and DATABASE_URL is not set');
}

const asRoot = userInfo().uid === 0;

/** Runs a Postgres binary, as the `postgres` user when we are root. */
function run(bin: string, args: string[]): void {
  const command = join(postgresBin(), bin);
  if (asRoot) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

let counter = 0;

async function createDatabase(serverUrl: string): Promise<string> {
  const name = `rt_test_${process.pid}_${Date.now()}_${counter++}`;
  const client = new pg.Client({ connectionString: serverUrl });
  await client.connect();
  try {
    await client.query(`CREATE DATABASE ${name}`);
  } finally {
    await client.end();
  }
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return url.toString();
}

/** Starts a throwaway Postgres (or uses DATABASE_URL) and returns a fresh database on it. */
export async function startPostgres(): Promise<TestPostgres> {
  const given = process.env.DATABASE_URL;
  if (given) {
    const url = await createDatabase(given);
    const refuse = async () => {
      throw new Error('cannot stop a Postgres given by DATABASE_URL');
    };
    return { url, stop: refuse, start: refuse, destroy: async () => undefined };
  }
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-pg-'));
  if (asRoot) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'roundtable', '--no-sync', '-E', 'UTF8']);
  const port = await freePort();
  // fsync off: a test Postgres need not survive power loss; relays are what tests kill.
  const options = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`;
  const start = async () => run('pg_ctl', ['-D', data, '-o', options, '-l', join(dir, 'log'), '-w', 'start']);
  const stop = async () => run('pg_ctl', ['-D', data, '-m', 'fast', '-w', 'stop']);
  await start();
  const url = await createDatabase(`postgres://roundtable@127.0.0.1:${port}/postgres`);
  return {
    url,
    start,
    stop,
    destroy: async () => {
      await stop().catch(() => undefined);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}
