/**
 * B3 cold join: a board is seeded to a target size (sections with long titles and their log
 * records, written through the model), its writer leaves, then N clients join at once. Time
 * until each has sync step 2 (p50, max) and the server's peak RSS during the join.
 * The relay unloads the board when the writer leaves, so its joiners wait for a load from
 * SQLite; the reference server keeps every document in memory for ever (it has no store).
 */
import { appendLog, insertSection, orderAt, type Ordered } from '@roundtable/model';
import * as Y from 'yjs';
import { RawClient } from '../loadgen/RawClient.js';
import { Writer } from '../loadgen/Writer.js';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { max, percentile } from '../stats.js';

export interface B3Params {
  clients: number;
  boardBytes: number;
}

export interface B3Result {
  boardBytes: number;
  syncedP50Ms: number;
  syncedMaxMs: number;
  peakRssMB: number;
  rssBeforeMB: number;
  failed: number;
}

/** Adds sections (and their log records) in transactions of 500 until the doc reaches `bytes`. */
export function seedLargeBoard(doc: Y.Doc, bytes: number): void {
  const sections: Ordered[] = [];
  const filler = 'Long agenda item text so the board grows the way a busy session does. '.repeat(3).slice(0, 200);
  let n = 0;
  while (Y.encodeStateAsUpdate(doc).byteLength < bytes) {
    doc.transact(() => {
      for (let i = 0; i < 500; i++, n++) {
        const id = `seed${n.toString(36).padStart(8, '0')}`;
        const order = orderAt(sections, sections.length);
        sections.push({ id, order });
        insertSection(doc, id, 'brainstorm', `${n} ${filler}`.slice(0, 200), order);
        appendLog(doc, { at: Date.now(), by: null, type: 'section.added', sectionId: id, detail: filler });
      }
    });
  }
}

export async function runB3(server: ServerProcess, p: B3Params): Promise<B3Result> {
  const board = await server.createBoard('B3 cold join');
  const writer = new Writer(server.syncUrl(board), 0x5eed3);
  await writer.synced;
  writer.apply((doc) => seedLargeBoard(doc, p.boardBytes));
  const boardBytes = Y.encodeStateAsUpdate(writer.doc).byteLength;
  // Wait until a fresh client receives the whole board: it is stored (ours) and held (reference).
  let probeBytes = 0;
  const deadline = performance.now() + 30_000;
  while (probeBytes < boardBytes * 0.9 && performance.now() < deadline) {
    const probe = new RawClient(server.syncUrl(board), { onSynced: (bytes) => (probeBytes = bytes) });
    await probe.synced;
    probe.close();
    if (probeBytes < boardBytes * 0.9) await new Promise((resolve) => setTimeout(resolve, 200));
  }
  writer.close();
  if (probeBytes < boardBytes * 0.9) throw new Error(`${server.kind}: seeded board has ${probeBytes} B, expected ~${boardBytes} B`);
  await new Promise((resolve) => setTimeout(resolve, 1500)); // the relay unloads + compacts the idle board

  const rssBefore = server.rssBytes();
  server.resetPeakRss();
  let peak = rssBefore;
  const sampler = setInterval(() => (peak = Math.max(peak, server.rssBytes())), 10);
  const times: number[] = [];
  const t0 = performance.now();
  const clients = Array.from({ length: p.clients }, () => new RawClient(server.syncUrl(board), { onSynced: (_bytes, at) => times.push(at - t0) }));
  const outcomes = await Promise.allSettled(clients.map((c) => c.synced));
  clearInterval(sampler);
  peak = Math.max(peak, server.peakRssBytes(), server.rssBytes());
  for (const c of clients) c.close();
  return {
    boardBytes,
    syncedP50Ms: percentile(times, 50),
    syncedMaxMs: max(times),
    peakRssMB: peak / 2 ** 20,
    rssBeforeMB: rssBefore / 2 ** 20,
    failed: outcomes.filter((o) => o.status === 'rejected').length,
  };
}
