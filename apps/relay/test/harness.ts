/**
 * Test harness: a relay on 127.0.0.1 with a port it picks itself and a temporary data dir,
 * boards created through the real HTTP API, and the stock y-websocket client.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { get, type IncomingHttpHeaders } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseServerMessage } from '@roundtable/protocol';
import { pino } from 'pino';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { loadConfig, type Config } from '../src/config.js';
import { openBackends } from '../src/backends.js';
import { createMetrics } from '../src/metrics.js';
import { startRelay, type RelayServer } from '../src/server.js';

export interface Board {
  boardId: string;
  editToken: string;
  viewToken: string;
}

export interface TestRelay {
  relay: RelayServer;
  config: Config;
  url: string;
  wsUrl: string;
  createBoard(title?: string, template?: string): Promise<Board>;
  close(): Promise<void>;
}

/** The signing secret test relays use, so tests can mint genuine tokens. */
export const TEST_SECRET = 'test-secret-test-secret-test-secret-0123';

export function tempDir(): string {
  return mkdtempSync(join(tmpdir(), 'roundtable-relay-'));
}

/**
 * Starts an in-process relay on the store and fan-out its configuration names, as main.ts
 * does (SQLite by default; DATABASE_URL and REDIS_URL in `env` for Postgres and Redis).
 */
export async function startTestRelay(env: Record<string, string> = {}, dataDir = tempDir()): Promise<TestRelay> {
  const config = loadConfig({ PORT: '0', HOST: '127.0.0.1', ROUNDTABLE_DATA_DIR: dataDir, ROUNDTABLE_SECRET: TEST_SECRET, LOG_LEVEL: 'silent', ...env });
  const log = pino({ level: config.logLevel });
  const metrics = createMetrics();
  const relay = await startRelay(config, log, { ...(await openBackends(config, log, metrics)), metrics });
  const url = relay.url;
  return {
    relay,
    config,
    url,
    wsUrl: `${url.replace('http', 'ws')}/sync`,
    createBoard: (title = 'Test board', template = 'workshop') => createBoardVia(url, title, template),
    close: () => relay.close(),
  };
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function createBoardVia(url: string, title: string, template = 'workshop'): Promise<Board> {
  const res = await fetch(`${url}/api/boards`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title, template }),
  });
  if (res.status !== 201) throw new Error(`create board: ${res.status} ${await res.text()}`);
  return (await res.json()) as Board;
}

/** A stock y-websocket client (no BroadcastChannel, so only the relay can sync it). */
export function connect(wsUrl: string, boardId: string, token: string, doc = new Y.Doc()): WebsocketProvider {
  return new WebsocketProvider(wsUrl, boardId, doc, {
    params: { token },
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    disableBc: true,
  });
}

/** Resolves once `predicate` holds, polling; rejects with `what` after `timeoutMs`. */
export async function waitFor(what: string, predicate: () => boolean, timeoutMs = 5000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (!predicate()) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

export function synced(provider: WebsocketProvider): Promise<void> {
  return waitFor('provider synced', () => provider.synced);
}

/** Opens a raw WebSocket and reports how the upgrade ended: 'open' or the HTTP status. */
export function tryUpgrade(url: string): Promise<'open' | number> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    ws.on('open', () => {
      ws.close();
      resolve('open');
    });
    ws.on('unexpected-response', (_req, res) => {
      resolve(res.statusCode ?? 0);
      ws.terminate();
    });
    ws.on('error', (error) => reject(error));
  });
}

/** A raw client that records the close code the relay sends. */
export function rawClient(url: string): Promise<{ ws: WebSocket; closed: Promise<{ code: number; reason: string }> }> {
  return new Promise((resolve, reject) => {
    const ws = new WebSocket(url);
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      ws.on('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    ws.on('open', () => resolve({ ws, closed }));
    ws.on('error', reject);
  });
}

/**
 * Resolves when the relay echoes a document update to `provider`: the relay relays (and
 * echoes) an update only after committing it, so this means "stored".
 */
export function nextUpdateEcho(provider: WebsocketProvider): Promise<void> {
  return new Promise((resolve) => {
    const ws = provider.ws;
    if (!ws) throw new Error('provider is not connected');
    const onMessage = (event: MessageEvent) => {
      if (parseServerMessage(new Uint8Array(event.data as ArrayBuffer))?.type === 'update') {
        ws.removeEventListener('message', onMessage);
        resolve();
      }
    };
    ws.addEventListener('message', onMessage);
  });
}

/** A GET with exactly `headers` (fetch adds its own Accept-Encoding and decodes): status, headers and the body as sent. */
export function getRaw(url: string, headers: Record<string, string> = {}): Promise<{ status: number; headers: IncomingHttpHeaders; body: Buffer }> {
  return new Promise((resolve, reject) => {
    get(url, { headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    }).on('error', reject);
  });
}
