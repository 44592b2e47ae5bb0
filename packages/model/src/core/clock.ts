/**
 * Clock offset between this device and the relay, so shared timers agree across devices
 * whose clocks are off by minutes. The web app samples GET /api/time a few times and calls
 * estimateClockOffset; it then passes `Date.now() + offsetMs` as `at`/`now` to the timer
 * operations and to remainingMs. Pure: no network here.
 */

/** One round trip to the relay's clock: local send time, relay time, local receive time (ms). */
export interface ClockSample {
  sentAt: number;
  serverNow: number;
  receivedAt: number;
}

/** Relay time minus local time, and the round trip of the sample it came from (its error is at most half of that). */
export interface ClockEstimate {
  offsetMs: number;
  roundTripMs: number;
}

/**
 * NTP-style estimate: for each sample, offset = serverNow - (sentAt + receivedAt) / 2; the
 * sample with the smallest round trip wins (least queueing, so the tightest bound).
 * Malformed samples (non-finite, or received before sent) are ignored; null when none is left.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): ClockEstimate | null {
  let best: ClockEstimate | null = null;
  for (const s of samples) {
    if (![s.sentAt, s.serverNow, s.receivedAt].every(Number.isFinite)) continue;
    const roundTripMs = s.receivedAt - s.sentAt;
    if (roundTripMs < 0) continue;
    if (best === null || roundTripMs < best.roundTripMs) {
      best = { offsetMs: s.serverNow - (s.sentAt + s.receivedAt) / 2, roundTripMs };
    }
  }
  return best;
}
