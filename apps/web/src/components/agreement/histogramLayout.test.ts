import { describe, expect, it } from 'vitest';
import { histogramBars, levelTone } from './histogramLayout.js';

describe('histogram layout', () => {
  it('draws eight bars scaled to the largest count, with stubs for empty levels', () => {
    const bars = histogramBars([2, 1, 0, 0, 0, 0, 1, 0], 800, 100);
    expect(bars.map((b) => b.level)).toEqual([1, 2, 3, 4, 5, 6, 7, 8]);
    expect(bars[0]).toMatchObject({ count: 2, height: 100, y: 0, x: 3, width: 94 });
    expect(bars[1]!.height).toBe(50);
    expect(bars[2]!.height).toBe(2);
    expect(bars.map((b) => b.tone)).toEqual(['support', 'support', 'support', 'neutral', 'hesitant', 'hesitant', 'objection', 'objection']);
  });

  it('reads missing or bad counts as zero', () => {
    expect(histogramBars([NaN, -3, 1.5] as number[], 80, 10).every((b) => b.count === 0 && b.height === 2)).toBe(true);
    expect(levelTone(8)).toBe('objection');
  });
});
