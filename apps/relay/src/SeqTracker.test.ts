import { describe, expect, it } from 'vitest';
import { SeqTracker } from './SeqTracker.js';

describe('SeqTracker', () => {
  it('advances over contiguous ranges and ignores what it already covers', () => {
    const t = new SeqTracker(4);
    t.add(5, 7);
    t.add(3, 6);
    expect(t.contiguous).toBe(7);
    expect(t.covers(7)).toBe(true);
    expect(t.covers(8)).toBe(false);
    expect(t.hasGap).toBe(false);
  });

  it('holds a range after a gap until the gap is filled', () => {
    const t = new SeqTracker(0);
    t.add(4, 5);
    t.add(9, 9);
    expect(t.contiguous).toBe(0);
    expect(t.hasGap).toBe(true);
    t.add(1, 3);
    expect(t.contiguous).toBe(5);
    expect(t.hasGap).toBe(true);
    t.add(6, 8);
    expect(t.contiguous).toBe(9);
    expect(t.hasGap).toBe(false);
  });
});
