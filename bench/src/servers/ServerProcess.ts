/**
 * One server under test in its own child process, pinned to core 0 with `taskset`: the
 * Roundtable relay (apps/relay/dist/main.js, durable SQLite store in a temp dir) or the
 * reference y-websocket server (referenceServer.mjs). Both answer the same HTTP contract, so a
 * scenario only sees `createBoard`, `syncUrl`, and the process's CPU and memory.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { freePort } from './freePort.js';
import { cpuMicros, peakRssBytes, resetPeakRss, rssBytes } from './procStats.js';

export type ServerKind = 'roundtable' | 'reference';

export interface Board {
  boardId: string;
  editToken: string;
  viewToken: string;
}

export interface ServerOptions {
  /** Extra environment for the relay (e.g. a higher ROUNDTABLE_RATE_LIMIT). */
  env?: Record<string, string>;
  /** The CPU list for `taskset -c` (default "0"). */
  cpus?: string;
}

const RELAY_MAIN = fileURLToPath(new URL('../../../apps/relay/dist/main.js', import.meta.url));
const REFERENCE_MAIN = fileURLToPath(new URL('./referenceServer.mjs', import.meta.url));

/** Every relay setting a benchmark touches, so runs do not depend on the caller's environment. */
const RELAY_ENV = {
  HOST: '127.0.0.1',
  LOG_LEVEL: 'warn',
  ROUNDTABLE_RATE_LIMIT: '100000',
  // Every load client connects from 127.0.0.1: B1's and B2's thousands of connections (and B3's
  // joiners) would otherwise meet the per-address and per-board limits meant for the open internet.
  ROUNDTABLE_CONNECTIONS_PER_IP_PER_MINUTE: '10000000',
  ROUNDTABLE_MAX_CONNECTIONS_PER_BOARD: '100000',
  ROUNDTABLE_SQLITE_SYNC: 'normal',
};

export class ServerProcess {
  private constructor(
    readonly kind: ServerKind,
    readonly child: ChildProcess,
    readonly url: string,
    private readonly dataDir: string | null,
    private readonly output: () => string,
  ) {}

  static async start(kind: ServerKind, options: ServerOptions = {}): Promise<ServerProcess> {
    const port = await freePort();
    const dataDir = kind === 'roundtable' ? mkdtempSync(`${tmpdir()}/roundtable-bench-`) : null;
    const script = kind === 'roundtable' ? RELAY_MAIN : REFERENCE_MAIN;
    const env = { ...process.env, PORT: String(port), HOST: '127.0.0.1', ...(kind === 'roundtable' ? { ...RELAY_ENV, ROUNDTABLE_DATA_DIR: dataDir ?? '' } : {}), ...options.env };
    // BENCH_SERVER_NODE_ARGS="--cpu-prof --cpu-prof-dir=/tmp/prof" profiles the servers (written on exit).
    const nodeArgs = process.env.BENCH_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn('taskset', ['-c', options.cpus ?? '0', process.execPath, ...nodeArgs, script], { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    child.stderr?.on('data', (chunk: Buffer) => (output = (output + chunk.toString()).slice(-8000)));
    const url = `http://127.0.0.1:${port}`;
    const server = new ServerProcess(kind, child, url, dataDir, () => output);
    await server.waitHealthy();
    return server;
  }

  get pid(): number {
    if (this.child.pid === undefined) throw new Error(`${this.kind} server has no pid`);
    return this.child.pid;
  }

  syncUrl(board: Board, role: 'edit' | 'view' = 'edit'): string {
    return `${this.url.replace('http', 'ws')}/sync/${board.boardId}?token=${role === 'edit' ? board.editToken : board.viewToken}`;
  }

  async createBoard(title = 'Bench board'): Promise<Board> {
    const res = await fetch(`${this.url}/api/boards`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ title, template: 'workshop' }),
    });
    if (res.status !== 201) throw new Error(`${this.kind}: create board: ${res.status} ${await res.text()}`);
    return (await res.json()) as Board;
  }

  cpuMicros(): number {
    return cpuMicros(this.pid);
  }

  rssBytes(): number {
    return rssBytes(this.pid);
  }

  peakRssBytes(): number {
    return peakRssBytes(this.pid);
  }

  resetPeakRss(): boolean {
    return resetPeakRss(this.pid);
  }

  /** Recent stdout/stderr, for error messages. */
  log(): string {
    return this.output();
  }

  /** SIGTERM (the relay flushes and exits 0), SIGKILL after 5 s; removes the data dir. */
  async stop(): Promise<void> {
    if (this.child.exitCode === null && this.child.signalCode === null) {
      const exited = new Promise((resolve) => this.child.once('exit', resolve));
      this.child.kill('SIGTERM');
      const timer = setTimeout(() => this.child.kill('SIGKILL'), 5000);
      await exited;
      clearTimeout(timer);
    }
    if (this.dataDir) rmSync(this.dataDir, { recursive: true, force: true });
  }

  private async waitHealthy(): Promise<void> {
    const deadline = Date.now() + 15_000;
    while (Date.now() < deadline) {
      if (this.child.exitCode !== null) throw new Error(`${this.kind} server exited (${this.child.exitCode}):\n${this.output()}`);
      try {
        if ((await fetch(`${this.url}/healthz`)).ok) return;
      } catch {
        // not listening yet
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    throw new Error(`${this.kind} server did not become healthy:\n${this.output()}`);
  }
}
