/**
 * The real product for end-to-end tests: the built relay (apps/relay/dist/main.js) serving the
 * built web app, on 127.0.0.1 and a port picked here, with a temporary data dir. It can be
 * stopped and started again on the same port and data, as a user's relay restarts.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const RELAY_MAIN = fileURLToPath(new URL('../../relay/dist/main.js', import.meta.url));
const WEB_DIST = fileURLToPath(new URL('../dist', import.meta.url));

export interface E2ERelay {
  url: string;
  /** The relay's data dir (its SQLite file, for tests that read what is stored). */
  dataDir: string;
  /** Stops with SIGTERM (graceful) and waits for the exit. */
  stop(): Promise<void>;
  /** Starts again on the same port and data dir. */
  start(): Promise<void>;
  /** Stops and removes the data dir. */
  dispose(): Promise<void>;
  log(): string;
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() => resolve(typeof address === 'object' && address ? address.port : 0));
    });
  });
}

async function waitHealthy(url: string, child: ChildProcess, log: () => string): Promise<void> {
  const deadline = Date.now() + 15_000;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`relay exited with ${child.exitCode}:\n${log()}`);
    try {
      if ((await fetch(`${url}/healthz`)).ok) return;
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) throw new Error(`relay did not become healthy:\n${log()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

export async function startE2ERelay(): Promise<E2ERelay> {
  const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-e2e-'));
  const port = await freePort();
  const url = `http://127.0.0.1:${port}`;
  let child: ChildProcess | null = null;
  let output = '';
  const log = () => output;

  async function start(): Promise<void> {
    const proc = spawn(process.execPath, [RELAY_MAIN], {
      env: { ...process.env, PORT: String(port), HOST: '127.0.0.1', ROUNDTABLE_DATA_DIR: dataDir, ROUNDTABLE_WEB_DIR: WEB_DIST, LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    proc.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    proc.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child = proc;
    await waitHealthy(url, proc, log);
  }

  async function stop(): Promise<void> {
    const proc = child;
    child = null;
    if (!proc || proc.exitCode !== null) return;
    const exited = new Promise((resolve) => proc.once('exit', resolve));
    proc.kill('SIGTERM');
    await exited;
  }

  await start();
  return {
    url,
    dataDir,
    start,
    stop,
    log,
    async dispose() {
      await stop();
      rmSync(dataDir, { recursive: true, force: true });
    },
  };
}
