/**
 * The relay process's network edge: one node:http server for the API, the web app and the
 * WebSocket upgrade at /sync/<boardId>?token=. The only file that touches `ws` and sockets;
 * everything behind it sees a Peer. Tokens are checked and the board is loaded before the
 * upgrade completes, so a refused client never gets a WebSocket at all.
 */
import { mkdirSync } from 'node:fs';
import { STATUS_CODES, createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Duplex } from 'node:stream';
import { CloseCode } from '@roundtable/protocol';
import type { Logger } from 'pino';
import { WebSocket, WebSocketServer } from 'ws';
import type { Config } from './config.js';
import { Connection } from './Connection.js';
import type { Fanout } from './fanout/Fanout.js';
import { LocalFanout } from './fanout/LocalFanout.js';
import { GroupCommit } from './GroupCommit.js';
import { BOARD_ID_PATTERN, handleApi, type Readiness } from './http/api.js';
import { sendJson } from './http/respond.js';
import { securityHeadersFor } from './http/securityHeaders.js';
import { PerMinuteLimit, clientAddress, originAllowed } from './http/upgradeChecks.js';
import { createStaticHandler } from './http/staticFiles.js';
import { createMetrics, type Metrics } from './metrics.js';
import type { Peer } from './Peer.js';
import type { Room } from './Room.js';
import { Rooms } from './Rooms.js';
import { loadOrCreateSecret } from './secret.js';
import type { BoardKeyStore } from './sealing/BoardKeyStore.js';
import { BoardKeys } from './sealing/BoardKeys.js';
import { SealedSections } from './sealing/SealedSections.js';
import { SqliteBoardKeyStore } from './sealing/SqliteBoardKeyStore.js';
import type { BoardStore } from './store/BoardStore.js';
import { verifyToken, type Role } from './tokens.js';

export interface RelayServer {
  /** The port actually bound (PORT=0 picks a free one). */
  port: number;
  url: string;
  /** Graceful stop: refuse new work, close sockets with "going away", flush, compact, close the store. */
  close(): Promise<void>;
}

/** What the relay runs on: the seams main.ts fills from configuration (tests fill them too). */
export interface RelayDeps {
  /** Where boards live. The relay owns it from here on and closes it when it stops. */
  store: BoardStore;
  /** How relays sharing the store tell each other about commits; a LocalFanout when omitted. Closed on stop. */
  fanout?: Fanout;
  /** Where board sealing keys live (apart from the boards); the data dir's SQLite file when omitted. Closed on stop. */
  keyStore?: BoardKeyStore;
  /** The metrics registry (main.ts shares it with the fan-out); a fresh one when omitted. */
  metrics?: Metrics;
}

/** How often the relay checks that its store and fan-out are reachable. */
export const HEALTH_CHECK_MS = 1000;

/** A store ping slower than this counts as unreachable. */
const PING_TIMEOUT_MS = 2000;


const SYNC_PATH = /^\/sync\/([^/?]+)$/;

/** Messages below this size are framed once and the same frame written to every reader (broadcasts); larger ones go through ws.send. */
const SHARED_FRAME_MAX_BYTES = 65_536;

/**
 * Each broadcast message's complete WebSocket frame (unmasked binary, FIN), built the first time
 * it is sent and reused for every other reader: a room sends one Uint8Array to all its
 * connections, so per reader the relay does one socket write and no framing. Entries go with
 * the message.
 */
const frames = new WeakMap<Uint8Array, Buffer>();

function frameOf(message: Uint8Array): Buffer {
  let frame = frames.get(message);
  if (!frame) {
    // RFC 6455 §5.2, server to client: FIN + binary opcode, no mask, 7-bit or 16-bit length.
    const length = message.byteLength;
    const header = length < 126 ? 2 : 4;
    frame = Buffer.allocUnsafe(header + length);
    frame[0] = 0x82;
    if (length < 126) frame[1] = length;
    else {
      frame[1] = 126;
      frame.writeUInt16BE(length, 2);
    }
    frame.set(message, header);
    frames.set(message, frame);
  }
  return frame;
}

/** ws internals read for the shared-frame write (ws is pinned; without them, ws.send is used). */
interface WsInternals {
  _socket?: { write(data: Buffer): boolean };
  _sender?: { _state?: number };
}

/**
 * Sends `message` on `ws`: a small message as its shared pre-built frame written straight to the
 * socket, when ws's sender is idle (state 0: nothing queued, no compression here) so the order
 * of frames is kept; otherwise through ws.send.
 */
function sendMessage(ws: WebSocket, message: Uint8Array): void {
  const internals = ws as unknown as WsInternals;
  if (message.byteLength < SHARED_FRAME_MAX_BYTES && ws.readyState === WebSocket.OPEN && internals._socket && internals._sender?._state === 0) {
    internals._socket.write(frameOf(message));
    return;
  }
  ws.send(message);
}

/** Starts the relay on `config.host:config.port` over `deps.store` (and `deps.fanout`). */
export async function startRelay(config: Config, log: Logger, deps: RelayDeps): Promise<RelayServer> {
  mkdirSync(config.dataDir, { recursive: true });
  const secret = loadOrCreateSecret(config.dataDir, config.secret);
  const { store, fanout = new LocalFanout() } = deps;
  const metrics = deps.metrics ?? createMetrics();
  const commit = new GroupCommit(store, (updates, seconds) => {
    metrics.batchSize.observe(updates);
    metrics.commitSeconds.observe(seconds);
  });
  const keyStore = deps.keyStore ?? new SqliteBoardKeyStore(config.dataDir);
  const keys = new BoardKeys(keyStore, secret);
  const rooms = new Rooms({
    store,
    commit,
    fanout,
    metrics,
    log,
    maxBoardBytes: config.maxBoardBytes,
    compactAfter: config.compactAfter,
    // The check finds boards deleted by `roundtable delete`; one relay alone (LocalFanout) has no gap to fill.
    seqCheckMs: config.seqCheckMs,
    fillGaps: !(fanout instanceof LocalFanout),
    onLoad: (room) => sealedSections.watch(room),
  });
  const sealedSections: SealedSections = new SealedSections({ rooms, keys, log });
  const sockets = new Map<Connection, WebSocket>();
  const newConnectionsPerIp = new PerMinuteLimit(config.connectionsPerIpPerMinute);
  // A page load fetches the board's state once, then connects: the same budget, counted apart.
  const stateFetchesPerIp = new PerMinuteLimit(config.connectionsPerIpPerMinute);
  const serveStatic = config.webDir ? createStaticHandler(config.webDir) : null;
  if (config.webDir && !serveStatic) log.warn({ webDir: config.webDir }, 'web app not built; serving the API only (run pnpm build)');
  let closing = false;
  let readiness: Readiness = { ready: true, store: 'ok', fanout: 'ok' };
  metrics.ready.set(1);

  /**
   * Checks the store and the fan-out. Losing either makes the relay unready: upgrades are
   * refused with 503 and editors are closed with `unavailable` (retry), so nobody edits into a
   * relay that cannot store or share it; view connections stay and keep what they see. It
   * recovers by itself at the first check that finds both back.
   */
  async function checkHealth(): Promise<Readiness> {
    let storeOk = true;
    let timer: NodeJS.Timeout | undefined;
    try {
      await Promise.race([store.ping(), new Promise((_, reject) => (timer = setTimeout(() => reject(new Error('ping timed out')), PING_TIMEOUT_MS)))]);
    } catch (error) {
      storeOk = false;
      if (readiness.store === 'ok') log.error({ err: (error as Error).message }, 'store unreachable; relay not ready');
    } finally {
      clearTimeout(timer);
    }
    const next: Readiness = { ready: storeOk && fanout.ready, store: storeOk ? 'ok' : 'unreachable', fanout: fanout.ready ? 'ok' : 'unreachable' };
    if (readiness.ready && !next.ready && !closing) {
      log.error(next, 'relay not ready; closing editors until the store and fan-out are back');
      for (const connection of sockets.keys()) if (connection.role === 'edit') connection.close('unavailable', 'the relay cannot store or share changes right now');
    } else if (!readiness.ready && next.ready) {
      log.info('store and fan-out reachable again; relay ready');
    }
    readiness = next;
    metrics.ready.set(next.ready ? 1 : 0);
    return next;
  }
  let checking: Promise<Readiness> | null = null;
  /** One check at a time (the timer and /readyz share it). */
  const health = () => (checking ??= checkHealth().finally(() => (checking = null)));
  const healthTimer = setInterval(() => void health(), HEALTH_CHECK_MS);
  healthTimer.unref();

  const server = createServer((req, res) => {
    for (const [name, value] of Object.entries(securityHeadersFor(req))) res.setHeader(name, value);
    const url = new URL(req.url ?? '/', 'http://relay');
    handleApi(req, res, url, {
      store,
      secret,
      metrics,
      log,
      health,
      tokenTtlMs: config.tokenTtlMs,
      sealing: { keys, store, secret, log, sections: sealedSections },
      deletion: { keys, closeBoard },
      state: { rooms, allow: (request) => stateFetchesPerIp.take(clientAddress(request, config.trustProxy)) },
    })
      .then((handled) => {
        if (handled) return;
        if (serveStatic && (req.method === 'GET' || req.method === 'HEAD')) serveStatic(req, res);
        else sendJson(res, 404, { error: 'not found' });
      })
      .catch((error: unknown) => {
        log.error({ err: error, path: url.pathname }, 'request failed');
        if (!res.headersSent) sendJson(res, 500, { error: 'internal error' });
        else res.destroy();
      });
  });

  /** Boards being deleted: their upgrades are refused with 410 while it happens. */
  const deleting = new Set<string>();

  /**
   * Closes a board about to be deleted: every connection on it (this relay's) with
   * `boardDeleted`, then waits for its pending commits. The returned function is called once the
   * deletion is over; when it succeeded, the other relays of a scale-out deployment are told
   * (fan-out), and close their connections on the board with `boardDeleted` too.
   */
  async function closeBoard(boardId: string): Promise<(deleted: boolean) => void> {
    deleting.add(boardId);
    const done = (deleted: boolean) => {
      deleting.delete(boardId); // from then on the tombstone answers
      if (deleted) fanout.publishDeleted(boardId);
    };
    const room = (await rooms.all()).find((r) => r.boardId === boardId);
    if (!room) return done;
    room.closeDeleted();
    await new Promise<void>((resolve) => room.afterCommits(resolve));
    return done;
  }

  const wss = new WebSocketServer({ noServer: true, clientTracking: false, maxPayload: config.maxMessageBytes, perMessageDeflate: false });

  function refuse(socket: Duplex, status: number, error: string): void {
    metrics.refusedUpgrades.inc({ status: String(status) });
    log.info({ status }, `websocket refused: ${error}`);
    const body = `${error}\n`;
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nContent-Type: text/plain\r\nContent-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
  }

  async function upgrade(req: IncomingMessage, socket: Duplex, head: Buffer): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://relay');
    const match = SYNC_PATH.exec(url.pathname);
    const boardId = match?.[1] ?? '';
    if (!BOARD_ID_PATTERN.test(boardId)) return refuse(socket, 404, 'no such board');
    if (!originAllowed(req, config.allowedOrigins)) return refuse(socket, 403, 'origin not allowed (ROUNDTABLE_ALLOWED_ORIGINS)');
    if (!newConnectionsPerIp.take(clientAddress(req, config.trustProxy))) return refuse(socket, 429, 'too many new connections from this address');
    const check = verifyToken(secret, url.searchParams.get('token'), boardId);
    if (!check.ok) return refuse(socket, check.status, check.error);
    if (closing) return refuse(socket, 503, 'relay is shutting down');
    if (!readiness.ready) return refuse(socket, 503, 'relay is not ready (store or fan-out unreachable)');
    if (deleting.has(boardId)) return refuse(socket, 410, 'this board was deleted');
    const room = await rooms.acquire(boardId);
    if (!room) {
      const deleted = (await store.deletedAt(boardId)) !== null;
      return refuse(socket, deleted ? 410 : 404, deleted ? 'this board was deleted' : 'no such board');
    }
    if (socket.destroyed || closing) {
      rooms.release(room);
      if (!socket.destroyed) refuse(socket, 503, 'relay is shutting down');
      return;
    }
    wss.handleUpgrade(req, socket, head, (ws) => {
      // Over the per-board limit: a WebSocket closed with a named code, so the client says why and retries.
      if (room.connections.size >= config.maxConnectionsPerBoard) {
        metrics.closes.inc({ code: String(CloseCode.boardFull) });
        log.warn({ boardId: room.boardId }, 'closing connection: board has the most connections allowed');
        ws.close(CloseCode.boardFull, 'board is full');
        rooms.release(room);
        return;
      }
      attach(ws, room, check.claims.role);
    });
  }

  function attach(ws: WebSocket, room: Room, role: Role): void {
    const peer: Peer = {
      send: (message) => {
        metrics.bytesOut.inc(message.byteLength);
        sendMessage(ws, message);
      },
      close: (code, reason) => {
        metrics.closes.inc({ code: String(code) });
        ws.close(code, reason);
      },
      get bufferedAmount() {
        return ws.bufferedAmount;
      },
    };
    const connection = new Connection(peer, role, room, config, log, room.boardId);
    sockets.set(connection, ws);
    metrics.connections.inc();
    ws.on('pong', () => {
      connection.alive = true;
    });
    ws.on('message', (data: Buffer, isBinary: boolean) => {
      if (!isBinary) connection.close('malformed', 'text frames are not part of the protocol');
      else {
        metrics.bytesIn.inc(data.byteLength);
        connection.receive(data);
      }
    });
    ws.on('error', (error) => log.warn({ ...connection.context, err: error.message }, 'websocket error'));
    ws.on('close', (code) => {
      if (code === 1009) metrics.closes.inc({ code: '1009' });
      connection.markClosed();
      sockets.delete(connection);
      metrics.connections.dec();
      room.leave(connection);
      rooms.release(room);
    });
    room.join(connection);
  }

  server.on('upgrade', (req: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => socket.destroy());
    upgrade(req, socket, head).catch((error: unknown) => {
      log.error({ err: error }, 'upgrade failed');
      if (!socket.destroyed) refuse(socket, 500, 'internal error');
    });
  });

  const ping = setInterval(() => {
    for (const [connection, ws] of sockets) {
      if (!connection.alive) {
        log.info(connection.context, 'no pong since the last ping; dropping the connection');
        ws.terminate();
        continue;
      }
      connection.alive = false;
      ws.ping();
    }
  }, config.pingMs);
  ping.unref();

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(config.port, config.host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  const url = `http://${config.host.includes(':') ? `[${config.host}]` : config.host}:${port}`;
  log.info({ port, host: config.host, url, dataDir: config.dataDir }, `Roundtable relay listening on ${url}`);

  return {
    port,
    url,
    async close() {
      if (closing) return;
      closing = true;
      clearInterval(ping);
      clearInterval(healthTimer);
      const stopped = new Promise<void>((resolve) => server.close(() => resolve()));
      server.closeIdleConnections();
      for (const connection of sockets.keys()) connection.close('goingAway', 'relay shutting down');
      const drained = new Promise<void>((resolve) => {
        const check = () => (sockets.size === 0 ? resolve() : setTimeout(check, 20));
        check();
      });
      const timeout = setTimeout(() => {
        for (const ws of sockets.values()) ws.terminate();
      }, 2000);
      await drained;
      clearTimeout(timeout);
      await commit.idle();
      await rooms.closeAll();
      await fanout.close();
      await store.close();
      await keyStore.close();
      server.closeAllConnections();
      await stopped;
      log.info('relay stopped');
    },
  };
}
