import { describe, expect, it } from 'vitest';
import { histogramBars, levelTone } from './histogramLayout.js';

describe('histogram layout', () => {
  it('draws eight bars, each the share of the round\'s voters at that level, with stubs for empty levels', () => {
    const bars = histogramBars([2, 1, 0, 0, 0, 0, 1, 0], 800, 100);
    expect(bars.map((b) => b.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    // Four voters: two at level 1 are half the height, one is a quarter.
    expect(bars[0]).toMatchObject({ count: 2, height: 50, y: 50, x: 3, width: 94 });
    expect(bars[1]!.height).toBe(25);
    expect(bars[6]!.height).toBe(25);
    expect(bars[2]!.height).toBe(2);
    expect(bars.map((b) => b.tone)).toEqual(['support', 'support', 'support', 'neutral', 'hesitant', 'hesitant', 'objection', 'objection']);
  });

  it('fills the height only when everyone voted at one level; one of three voters is a third', () => {
    expect(histogramBars([0, 0, 3, 0, 0, 0, 0, 0], 80, 90)[2]).toMatchObject({ height: 90, y: 0 });
    const spread = histogramBars([1, 0, 1, 0, 0, 0, 1, 0], 80, 90);
    expect([spread[0]!.height, spread[2]!.height, spread[6]!.height]).toEqual([30, 30, 30]);
    // A single vote among many still shows as more than the empty stub.
    expect(histogramBars([1, 99, 0, 0, 0, 0, 0, 0], 80, 90)[0]!.height).toBe(4);
  });

  it('reads missing or bad counts as zero', () => {
    expect(histogramBars([NaN, -3, 1.5] as number[], 80, 10).every((b) => b.count === 0 && b.height === 2)).toBe(true);
    expect(levelTone(8)).toBe('objection');
  });
});
