/**
 * B6 scale-out: relays over one Postgres, joined by Redis, against one relay on the same
 * Postgres. One writer at a fixed rate; raw readers on the writer's relay ("one"), all on the
 * other relay ("cross": every update crosses Redis), or split between the two ("split").
 * Latency is the writer's send against each reader's receive (one clock); CPU is /proc
 * utime+stime of every relay process over the measured window.
 */
import { LatencyTracker } from '../loadgen/LatencyTracker.js';
import { openClients } from '../loadgen/RawClient.js';
import { WRITER_CLIENT_ID, Writer } from '../loadgen/Writer.js';
import type { ScaleServices } from '../servers/scaleServices.js';
import { ServerProcess } from '../servers/ServerProcess.js';
import { percentile } from '../stats.js';

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
    const tracker = new LatencyTracker(WRITER_CLIENT_ID, p.readers);
    writer.onSend = (from, to, at) => tracker.recordSend(from, to, at);
    const relayFor = (i: number) => (p.layout === 'one' ? a : p.layout === 'cross' ? b : i % 2 === 0 ? a : b);
    const readers = await openClients(p.readers, (i) => relayFor(i).syncUrl(board), (i) => ({ onUpdate: (u, at) => tracker.recordReceive(i, u, at) }));

    await writer.run(p.rate, p.warmupMs);
    tracker.measuring = true;
    const cpu0 = relays.map((r) => r.cpuMicros());
    const t0 = performance.now();
    await writer.run(p.rate, p.durationMs);
    tracker.measuring = false;
    const drainDeadline = performance.now() + 10_000;
    while (tracker.caughtUp() < readers.filter((r) => r.closeCode === null).length && performance.now() < drainDeadline) {
      await new Promise((resolve) => setTimeout(resolve, 5));
    }
    const cpu = relays.map((r, i) => r.cpuMicros() - (cpu0[i] as number));
    const wallMs = performance.now() - t0;
    const measured = tracker.measuredCount;
    const samples = tracker.samples.view();
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
