/**
 * One clock for delivery latency: the writer records each update's clock range and send time,
 * each reader reports what it received, and the tracker matches them by the writer's clock
 * from `Y.parseUpdateMeta` — which still works when a server merges several updates into one.
 * Readers receive identical bytes, so the parsed meta is cached by content.
 */
import * as Y from 'yjs';
import { Samples } from '../stats.js';

interface Sent {
  /** First clock of the writer's client in this update, and one past its last. */
  from: number;
  to: number;
  at: number;
  measured: boolean;
}

export class LatencyTracker {
  readonly samples = new Samples();
  private readonly sent: Sent[] = [];
  private readonly cursors: number[] = [];
  private readonly metaCache = new Map<string, number>();
  measuring = false;
  delivered = 0;

  constructor(readonly writerClientId: number, readers: number) {
    this.cursors = new Array<number>(readers).fill(0);
  }

  /** The writer sent an update covering clocks [from, to) at `at`. */
  recordSend(from: number, to: number, at: number): void {
    this.sent.push({ from, to, at, measured: this.measuring });
  }

  get sentCount(): number {
    return this.sent.length;
  }

  get measuredCount(): number {
    let n = 0;
    for (const s of this.sent) if (s.measured) n++;
    return n;
  }

  /** Reader `reader` received `update` at `at`: every send it completes gets a sample. */
  recordReceive(reader: number, update: Uint8Array, at: number): void {
    const to = this.writerClockEnd(update);
    if (to === null) return;
    let cursor = this.cursors[reader] ?? 0;
    while (cursor < this.sent.length) {
      const s = this.sent[cursor];
      if (!s || s.to > to) break;
      if (s.measured) this.samples.push(at - s.at);
      this.delivered++;
      cursor++;
    }
    this.cursors[reader] = cursor;
  }

  /** How many readers have received everything sent so far. */
  caughtUp(): number {
    let n = 0;
    for (const c of this.cursors) if (c >= this.sent.length) n++;
    return n;
  }

  private writerClockEnd(update: Uint8Array): number | null {
    const key = Buffer.from(update.buffer, update.byteOffset, update.byteLength).toString('latin1');
    let to = this.metaCache.get(key);
    if (to === undefined) {
      to = Y.parseUpdateMeta(update).to.get(this.writerClientId) ?? -1;
      if (this.metaCache.size > 20_000) this.metaCache.clear();
      this.metaCache.set(key, to);
    }
    return to < 0 ? null : to;
  }
}
