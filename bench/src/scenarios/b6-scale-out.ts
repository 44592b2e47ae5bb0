/**
 * B6 scale-out: relays over one Postgres, joined by Redis, against one relay on the same
 * Postgres. One writer at a fixed rate; raw readers on the writer's relay ("one"), all on the
 * other relay ("cross": every update crosses Redis), or split between the two ("split").
 * Latency is the writer's send against each reader's receive (one clock); CPU is /proc
 * utime+stime of every relay process over the measured window.
 */
import { Writer } from '../loadgen/Writer.js';
import type { ScaleServices } from '../servers/scaleServices.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { percentile } from '../stats.js';
import { measureBroadcast } from './broadcastWindow.js';

export type B6Layout = 'one' | 'cross' | 'split';

export interface B6Params {
  layout: B6Layout;
  rate: number;
  readers: number;
  durationMs: number;
  warmupMs: number;
}

export interface B6Result {
  p50Ms: number;
  p99Ms: number;
  /** Every relay's CPU over the window ÷ (updates × readers). */
  cpuUsPerUpdatePerReader: number;
  /** The busiest relay's CPU busy over the window. */
  busiestRelayCpuPercent: number;
  /** Updates delivered to readers per second (updates × readers). */
  deliveriesPerSecond: number;
  /** Deliveries per second if the busiest relay ran its core flat out (each relay on its own core). */
  projectedDeliveriesPerSecond: number;
  deliveredFraction: number;
  readersClosed: number;
}

const SECRET = 'bench-secret-bench-secret-bench-secret-01';

export async function runB6(services: ScaleServices, p: B6Params): Promise<B6Result> {
  const env = { DATABASE_URL: services.databaseUrl, ROUNDTABLE_SECRET: SECRET, ...(p.layout === 'one' ? {} : { REDIS_URL: services.redisUrl }) };
  const relays = [await ServerProcess.start('roundtable', { env })];
  if (p.layout !== 'one') relays.push(await ServerProcess.start('roundtable', { env }));
  const [a, b] = [relays[0] as ServerProcess, (relays[1] ?? relays[0]) as ServerProcess];
  try {
    const board = await a.createBoard('B6 scale-out');
    const writer = new Writer(a.syncUrl(board));
    await writer.synced;
    writer.ensureBoard();
    const relayFor = (i: number) => (p.layout === 'one' ? a : p.layout === 'cross' ? b : i % 2 === 0 ? a : b);
    const { readers, samples, measured, wallMs, cpuMicros: cpu } = await measureBroadcast(writer, relays, (i) => relayFor(i).syncUrl(board), p);
    const busiest = Math.max(...cpu) / 1000 / wallMs;
    const deliveriesPerSecond = samples.length / (wallMs / 1000);
    for (const r of readers) r.close();
    writer.close();
    return {
      p50Ms: percentile(samples, 50),
      p99Ms: percentile(samples, 99),
      cpuUsPerUpdatePerReader: cpu.reduce((x, y) => x + y, 0) / Math.max(1, measured * p.readers),
      busiestRelayCpuPercent: busiest * 100,
      deliveriesPerSecond,
      projectedDeliveriesPerSecond: deliveriesPerSecond / Math.max(busiest, 0.01),
      deliveredFraction: samples.length / Math.max(1, measured * p.readers),
      readersClosed: readers.filter((r) => r.closeCode !== null).length,
    };
  } finally {
    for (const relay of relays) await relay.stop();
  }
}
