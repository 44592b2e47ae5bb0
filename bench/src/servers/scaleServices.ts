/**
 * Throwaway Postgres and redis-server for B6, from Debian's packages as the relay's tests and
 * `pnpm cluster` use them: initdb into a temp dir (as the `postgres` user when root), pg_ctl on
 * a free port, fsync off (relays are what is measured); redis-server without persistence.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { connect } from 'node:net';
import { tmpdir, userInfo } from 'node:os';
import { join } from 'node:path';
import { freePort } from './freePort.js';

export interface ScaleServices {
  databaseUrl: string;
  redisUrl: string;
  stop(): Promise<void>;
}

function postgresBin(): string {
  const root = '/usr/lib/postgresql';
  const versions = existsSync(root) ? readdirSync(root).sort((a, b) => Number(b) - Number(a)) : [];
  for (const version of versions) if (existsSync(join(root, version, 'bin', 'initdb'))) return join(root, version, 'bin');
  throw new Error('B6 needs Postgres (apt-get install postgresql)');
}

function run(bin: string, args: string[]): void {
  const command = join(postgresBin(), bin);
  if (userInfo().uid === 0) execFileSync('runuser', ['-u', 'postgres', '--', command, ...args], { stdio: 'pipe' });
  else execFileSync(command, args, { stdio: 'pipe' });
}

async function listening(port: number, what: string): Promise<void> {
  const deadline = Date.now() + 20_000;
  for (;;) {
    const ok = await new Promise<boolean>((resolve) => {
      const socket = connect(port, '127.0.0.1');
      socket.once('connect', () => {
        socket.destroy();
        resolve(true);
      });
      socket.once('error', () => resolve(false));
    });
    if (ok) return;
    if (Date.now() > deadline) throw new Error(`${what} did not start on ${port}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startScaleServices(): Promise<ScaleServices> {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-bench-pg-'));
  if (userInfo().uid === 0) {
    const uid = Number(execFileSync('id', ['-u', 'postgres']).toString());
    const gid = Number(execFileSync('id', ['-g', 'postgres']).toString());
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run('initdb', ['-D', data, '-A', 'trust', '-U', 'roundtable', '--no-sync', '-E', 'UTF8']);
  const pgPort = await freePort();
  run('pg_ctl', ['-D', data, '-o', `-p ${pgPort} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off -c max_connections=200`, '-l', join(dir, 'log'), '-w', 'start']);
  const redisPort = await freePort();
  const redis: ChildProcess = spawn('redis-server', ['--port', String(redisPort), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
  await listening(redisPort, 'redis-server');
  return {
    databaseUrl: `postgres://roundtable@127.0.0.1:${pgPort}/postgres`,
    redisUrl: `redis://127.0.0.1:${redisPort}`,
    stop: async () => {
      redis.kill('SIGKILL');
      try {
        run('pg_ctl', ['-D', data, '-m', 'immediate', '-w', 'stop']);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}
