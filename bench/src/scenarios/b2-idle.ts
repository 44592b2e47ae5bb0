/**
 * B2 idle: N synced, silent connections, either one board each or all on one board. The
 * server's RSS growth over its post-start baseline, divided by N, is the memory per idle
 * connection (one board) or per connection + board (one board each).
 */
import { openClients } from '../loadgen/RawClient.js';
import type { Board, ServerProcess } from '../servers/ServerProcess.js';

export interface B2Params {
  connections: number;
  layout: 'oneBoard' | 'boardEach';
  settleMs: number;
}

export interface B2Result {
  rssPerConnectionKB: number;
  rssBaselineMB: number;
  rssLoadedMB: number;
}

export async function runB2(server: ServerProcess, p: B2Params): Promise<B2Result> {
  const boardCount = p.layout === 'oneBoard' ? 1 : p.connections;
  const boards: Board[] = [];
  for (let start = 0; start < boardCount; start += 50) {
    const batch = Array.from({ length: Math.min(50, boardCount - start) }, () => server.createBoard('B2 idle'));
    boards.push(...(await Promise.all(batch)));
  }
  await settle(p.settleMs);
  const before = server.rssBytes();
  const clients = await openClients(p.connections, (i) => server.syncUrl(boards[i % boards.length] as Board));
  await settle(p.settleMs);
  const after = server.rssBytes();
  for (const c of clients) c.close();
  return {
    rssPerConnectionKB: (after - before) / p.connections / 1024,
    rssBaselineMB: before / 2 ** 20,
    rssLoadedMB: after / 2 ** 20,
  };
}

const settle = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
