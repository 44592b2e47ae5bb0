/**
 * The relay's clock, as seen from this device. Shared timers store relay time, so a device
 * whose clock is off by minutes must correct it: a few round trips to `GET /api/time` at
 * start (and again every few minutes, clocks drift and laptops sleep) feed the model's
 * NTP-style `estimateClockOffset`; `now()` is then `Date.now() + offset`. Until the first
 * answer arrives (or when the relay is unreachable) the offset is 0: the device's own clock.
 */
import { estimateClockOffset, type ClockEstimate, type ClockSample } from '@roundtable/model';

/** Asks the relay for its time (ms since the epoch); rejects or returns garbage on failure. */
export type RelayTimeSource = () => Promise<unknown>;

/** Options of a RelayClock; the defaults are the browser's. */
export interface RelayClockOptions {
  /** The relay's time; default `GET /api/time` -> `{now}`. */
  fetchTime?: RelayTimeSource;
  /** The device clock; default `Date.now`. */
  localNow?: () => number;
  /** Round trips per sampling round. */
  samplesPerRound?: number;
  /** Time between sampling rounds. */
  resampleMs?: number;
}

/** Samples per round: enough for one to dodge a queueing delay, few enough to be cheap. */
export const SAMPLES_PER_ROUND = 5;
/** A new round every five minutes. */
export const RESAMPLE_MS = 5 * 60 * 1_000;

/** `GET /api/time` on this page's host; resolves to the relay's `now` (unchecked). */
export async function fetchRelayTime(): Promise<unknown> {
  const response = await fetch('/api/time', { cache: 'no-store' });
  if (!response.ok) throw new Error(`GET /api/time answered ${response.status}`);
  const body = (await response.json()) as { now?: unknown };
  return body.now;
}

/**
 * `count` sequential round trips through `fetchTime`, timed with `localNow`. Failed requests
 * and answers that are not a finite number are skipped, so the result may be shorter (or empty).
 */
export async function sampleRelayClock(fetchTime: RelayTimeSource, localNow: () => number, count: number): Promise<ClockSample[]> {
  const samples: ClockSample[] = [];
  for (let i = 0; i < count; i += 1) {
    const sentAt = localNow();
    let serverNow: unknown;
    try {
      serverNow = await fetchTime();
    } catch {
      continue;
    }
    const receivedAt = localNow();
    if (typeof serverNow === 'number' && Number.isFinite(serverNow)) samples.push({ sentAt, serverNow, receivedAt });
  }
  return samples;
}

/** Relay-corrected time for one open board. Call `start()` once and `stop()` when leaving. */
export class RelayClock {
  private estimate: ClockEstimate | null = null;
  private timer: ReturnType<typeof setInterval> | null = null;
  private stopped = false;
  private readonly fetchTime: RelayTimeSource;
  private readonly localNow: () => number;
  private readonly samplesPerRound: number;
  private readonly resampleMs: number;

  constructor(options: RelayClockOptions = {}) {
    this.fetchTime = options.fetchTime ?? fetchRelayTime;
    this.localNow = options.localNow ?? (() => Date.now());
    this.samplesPerRound = options.samplesPerRound ?? SAMPLES_PER_ROUND;
    this.resampleMs = options.resampleMs ?? RESAMPLE_MS;
  }

  /** Relay time minus device time, in ms (0 until the relay answered). */
  get offsetMs(): number {
    return this.estimate?.offsetMs ?? 0;
  }

  /** True once at least one sampling round succeeded. */
  get synced(): boolean {
    return this.estimate !== null;
  }

  /** The relay's time now, estimated: pass it as `at` to timer operations and render with it. */
  readonly now = (): number => this.localNow() + this.offsetMs;

  /**
   * One sampling round. The new estimate replaces the old one only when the round produced
   * any sample (a failed round keeps the last good offset). Resolves to the current estimate.
   */
  async sync(): Promise<ClockEstimate | null> {
    const samples = await sampleRelayClock(this.fetchTime, this.localNow, this.samplesPerRound);
    const next = estimateClockOffset(samples);
    if (next !== null && !this.stopped) this.estimate = next;
    return this.estimate;
  }

  /** Samples now and every `resampleMs` until stopped. */
  start(): void {
    if (this.timer !== null || this.stopped) return;
    void this.sync();
    this.timer = setInterval(() => void this.sync(), this.resampleMs);
  }

  /** Stops resampling; later answers of an in-flight round are ignored. */
  stop(): void {
    this.stopped = true;
    if (this.timer !== null) clearInterval(this.timer);
    this.timer = null;
  }
}
