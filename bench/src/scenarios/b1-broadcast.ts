/**
 * B1 broadcast: one writer at a fixed rate, N raw readers on one board. Delivery latency is the
 * writer's send time against each reader's receive time (one process, one clock); server CPU is
 * /proc utime+stime over the measured window, divided by updates × readers.
 */
import { StockClientCheck, type CheckResult } from '../loadgen/StockClientCheck.js';
import { Writer } from '../loadgen/Writer.js';
import type { ServerProcess } from '../servers/ServerProcess.js';
import { max, percentile } from '../stats.js';
import { measureBroadcast } from './broadcastWindow.js';

export interface B1Params {
  rate: number;
  readers: number;
  durationMs: number;
  warmupMs: number;
  /** Run the stock-client correctness check alongside. */
  verify: boolean;
}

export interface B1Result {
  p50Ms: number;
  p99Ms: number;
  maxMs: number;
  cpuUsPerUpdatePerReader: number;
  serverCpuPercent: number;
  /** Measured deliveries / (measured sends × readers): below 1 means readers fell behind or were dropped. */
  deliveredFraction: number;
  updatesSent: number;
  readersClosed: number;
  check?: CheckResult;
}

export async function runB1(server: ServerProcess, p: B1Params): Promise<B1Result> {
  const board = await server.createBoard('B1 broadcast');
  const writer = new Writer(server.syncUrl(board));
  await writer.synced;
  writer.ensureBoard();
  const check = p.verify ? new StockClientCheck(`${server.url.replace('http', 'ws')}/sync`, board.boardId, board.editToken) : null;
  await check?.synced();
  const { readers, samples, measured, wallMs, cpuMicros } = await measureBroadcast(writer, [server], () => server.syncUrl(board), p);
  const cpu = cpuMicros[0] as number;
  const result: B1Result = {
    p50Ms: percentile(samples, 50),
    p99Ms: percentile(samples, 99),
    maxMs: max(samples),
    cpuUsPerUpdatePerReader: cpu / Math.max(1, measured * p.readers),
    serverCpuPercent: (cpu / 1000 / wallMs) * 100,
    deliveredFraction: samples.length / Math.max(1, measured * p.readers),
    updatesSent: measured,
    readersClosed: readers.filter((r) => r.closeCode !== null).length,
  };
  if (check) result.check = await check.compare(writer.doc);
  check?.close();
  for (const r of readers) r.close();
  writer.close();
  return result;
}
