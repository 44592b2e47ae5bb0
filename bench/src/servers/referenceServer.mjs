/**
 * The reference peer: @y/websocket-server's stock `setupWSConnection` (in memory, no auth, no
 * persistence) behind the same HTTP contract as the Roundtable relay, so scenarios need not
 * know which server they drive:
 *   POST /api/boards -> 201 {boardId, editToken: 'x', viewToken: 'x'}   (the doc starts empty)
 *   GET  /healthz    -> 200
 *   ws://HOST:PORT/sync/<boardId>?token=...   (token ignored)
 * Plain JavaScript run by `node` directly, so no TypeScript loader inflates its memory or CPU.
 * Env: PORT (required), HOST (127.0.0.1).
 */
import { randomBytes } from 'node:crypto';
import { createServer } from 'node:http';
import { setupWSConnection } from '@y/websocket-server/utils';
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT);
const host = process.env.HOST || '127.0.0.1';
const SYNC_PATH = /^\/sync\/([A-Za-z0-9]+)$/;

const server = createServer((req, res) => {
  if (req.method === 'POST' && req.url === '/api/boards') {
    req.resume();
    req.on('end', () => {
      const boardId = randomBytes(8).toString('hex');
      res.writeHead(201, { 'content-type': 'application/json' });
      res.end(JSON.stringify({ boardId, editToken: 'x', viewToken: 'x' }));
    });
    return;
  }
  if (req.url === '/healthz') {
    res.writeHead(200, { 'content-type': 'application/json' });
    res.end('{"status":"ok"}');
    return;
  }
  res.writeHead(404);
  res.end();
});

const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (req, socket, head) => {
  const match = SYNC_PATH.exec(new URL(req.url ?? '/', 'http://x').pathname);
  if (!match) {
    socket.end('HTTP/1.1 404 Not Found\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
    return;
  }
  wss.handleUpgrade(req, socket, head, (ws) => setupWSConnection(ws, req, { docName: match[1], gc: true }));
});

server.listen(port, host, () => console.log(`reference listening on http://${host}:${port}`));
process.on('SIGTERM', () => process.exit(0));
