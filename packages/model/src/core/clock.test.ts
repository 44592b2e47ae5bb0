import { describe, expect, it } from 'vitest';
import { estimateClockOffset } from './clock.js';

describe('estimateClockOffset', () => {
  it('estimates a device clock that is minutes off from the sample with the shortest round trip', () => {
    // The device is 3 minutes behind the relay; the relay answers mid-way through each trip.
    const skew = 180_000;
    const samples = [
      { sentAt: 1_000, serverNow: 1_000 + 400 + skew, receivedAt: 1_900 }, // slow, asymmetric trip
      { sentAt: 2_000, serverNow: 2_040 + skew, receivedAt: 2_080 }, // fast trip
      { sentAt: 3_000, serverNow: 3_100 + skew, receivedAt: 3_200 },
    ];
    const estimate = estimateClockOffset(samples);
    expect(estimate).toEqual({ offsetMs: skew, roundTripMs: 80 });
    // The error is bounded by half the round trip even when the relay answered at either end.
    const lopsided = estimateClockOffset([{ sentAt: 0, serverNow: skew + 0, receivedAt: 200 }])!;
    expect(Math.abs(lopsided.offsetMs - skew)).toBeLessThanOrEqual(lopsided.roundTripMs / 2);
  });

  it('handles a device clock ahead of the relay', () => {
    expect(estimateClockOffset([{ sentAt: 600_000, serverNow: 50, receivedAt: 600_100 }])).toEqual({ offsetMs: -600_000, roundTripMs: 100 });
  });

  it('ignores malformed samples and returns null without any good one', () => {
    expect(estimateClockOffset([])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 10, serverNow: 5, receivedAt: 9 }, { sentAt: Number.NaN, serverNow: 1, receivedAt: 2 }])).toBeNull();
    expect(estimateClockOffset([{ sentAt: 10, serverNow: Infinity, receivedAt: 12 }, { sentAt: 0, serverNow: 100, receivedAt: 50 }])).toEqual({
      offsetMs: 75,
      roundTripMs: 50,
    });
  });
});
