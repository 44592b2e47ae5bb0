import { describe, expect, it } from 'vitest';
import { RECONNECT_BASE_MS, RECONNECT_CAP_MS, reconnectDelayMs } from './reconnect.js';

describe('reconnectDelayMs', () => {
  it('waits a random time up to base × 2^failures, capped', () => {
    expect(reconnectDelayMs(0, () => 0.999)).toBe(RECONNECT_BASE_MS - 1);
    expect(reconnectDelayMs(2, () => 0.5)).toBe(RECONNECT_BASE_MS * 2);
    expect(reconnectDelayMs(30, () => 0.999)).toBeLessThan(RECONNECT_CAP_MS);
    expect(reconnectDelayMs(0, () => 0)).toBe(0);
  });

  it('spreads a crowd over the window instead of one instant', () => {
    const delays = Array.from({ length: 1000 }, () => reconnectDelayMs(3));
    const buckets = new Set(delays.map((d) => Math.floor(d / 200)));
    expect(Math.max(...delays)).toBeLessThan(RECONNECT_BASE_MS * 8);
    expect(buckets.size).toBe(10);
  });
});
