/**
 * B3 cold join: a board is seeded to a target size (sections with long titles and their log
 * records, written through the model's named operation addSections), its writer leaves, then N clients join at once. Time
 * until each has sync step 2 (p50, max) and the server's peak RSS during the join.
 * The relay unloads the board when the writer leaves, so its joiners wait for a load from
 * SQLite; the reference server keeps every document in memory for ever (it has no store).
 */
import { addSections, type NewSection } from '@roundtable/model';
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

/**
 * Appends sections with 200-character titles, 500 per addSections call (one transaction each;
 * each section also gets its 'section.added' log record), until the doc reaches `bytes`.
 * One addSection per section would re-read the whole agenda each time: quadratic at 10,000.
 */
export function seedLargeBoard(doc: Y.Doc, bytes: number): void {
  const filler = 'Long agenda item text so the board grows the way a busy session does. '.repeat(3).slice(0, 200);
  let n = 0;
  while (Y.encodeStateAsUpdate(doc).byteLength < bytes) {
    const sections: NewSection[] = [];
    for (let i = 0; i < 500; i++, n++) sections.push({ kind: 'brainstorm', title: `${n} ${filler}`.slice(0, 200) });
    const added = addSections(doc, { sections, by: null, at: Date.now() });
    if (!added.ok) throw new Error(`seeding the board: ${added.error}`);
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
