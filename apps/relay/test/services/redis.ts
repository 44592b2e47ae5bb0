/**
 * A throwaway redis-server for tests: Debian's binary on a free port, persisting nothing
 * (`--save "" --appendonly no`), killed afterwards. `restart()` kills it and starts a new one
 * on the same port (a Redis restart: every subscription and in-flight message is lost).
 * With REDIS_URL set, that server is used and cannot be restarted.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { Redis } from 'ioredis';
import { freePort, until } from './ports.js';

export interface TestRedis {
  url: string;
  /** Kills the server; `start()` brings up a new, empty one on the same port. */
  stop(): Promise<void>;
  start(): Promise<void>;
  destroy(): Promise<void>;
}

async function ping(url: string): Promise<boolean> {
  const client = new Redis(url, { lazyConnect: true, maxRetriesPerRequest: 0, retryStrategy: () => null });
  client.on('error', () => undefined);
  try {
    await client.connect();
    return (await client.ping()) === 'PONG';
  } finally {
    client.disconnect();
  }
}

export async function startRedis(): Promise<TestRedis> {
  const given = process.env.REDIS_URL;
  if (given) {
    const refuse = async () => {
      throw new Error('cannot restart a Redis given by REDIS_URL');
    };
    return { url: given, stop: refuse, start: refuse, destroy: async () => undefined };
  }
  const port = await freePort();
  const url = `redis://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  const start = async () => {
    child = spawn('redis-server', ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], { stdio: 'ignore' });
    await until(`redis-server on ${port}`, () => ping(url));
  };
  const stop = async () => {
    const running = child;
    child = null;
    if (!running || running.exitCode !== null) return;
    const exited = new Promise((resolve) => running.once('exit', resolve));
    running.kill('SIGKILL');
    await exited;
  };
  await start();
  return { url, start, stop, destroy: stop };
}
