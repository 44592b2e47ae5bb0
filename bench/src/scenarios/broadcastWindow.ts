/**
 * The measured window B1 and B6 share: one writer at a fixed rate, raw readers, latency matched
 * by the writer's clock. Warm-up first, then the window, then up to 10 s for the open readers to
 * catch up; relay CPU is read from /proc over the window.
 */
import { LatencyTracker } from '../loadgen/LatencyTracker.js';
import { openClients, type RawClient } from '../loadgen/RawClient.js';
import { WRITER_CLIENT_ID, type Writer } from '../loadgen/Writer.js';
import type { ServerProcess } from '../servers/ServerProcess.js';

export interface BroadcastParams {
  rate: number;
  readers: number;
  durationMs: number;
  warmupMs: number;
}

export interface BroadcastWindow {
  /** Open (or closed by the relay); the caller closes them. */
  readers: RawClient[];
  /** Delivery latencies (ms) of the updates sent in the window. */
  samples: Float64Array;
  /** Updates the writer sent in the window. */
  measured: number;
  wallMs: number;
  /** CPU (µs) each of `relays` spent over the window. */
  cpuMicros: number[];
}

/** `readerUrl(i)`: where reader i connects. The writer is synced and its board ensured. */
export async function measureBroadcast(writer: Writer, relays: ServerProcess[], readerUrl: (i: number) => string, p: BroadcastParams): Promise<BroadcastWindow> {
  const tracker = new LatencyTracker(WRITER_CLIENT_ID, p.readers);
  writer.onSend = (from, to, at) => tracker.recordSend(from, to, at);
  const readers = await openClients(p.readers, readerUrl, (i) => ({ onUpdate: (u, at) => tracker.recordReceive(i, u, at) }));

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
  const cpuMicros = relays.map((r, i) => r.cpuMicros() - (cpu0[i] as number));
  const wallMs = performance.now() - t0;
  return { readers, samples: tracker.samples.view(), measured: tracker.measuredCount, wallMs, cpuMicros };
}
