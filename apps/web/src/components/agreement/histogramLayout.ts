/**
 * Geometry of the agreement histogram: one bar per Kaner level (1..8), heights the share of the
 * round's voters at that level (a full bar is everyone, so one vote of three is a third, not the
 * whole height as when scaled to the largest count), and the tone of each level (support 1-3, abstain 4, hesitation 5-6, objection
 * 7-8). Pure, so the SVG component only draws and the layout is tested without a browser.
 */

/** How a level reads at a glance; the CSS maps each to a colour token with enough contrast. */
export type LevelTone = 'support' | 'neutral' | 'hesitant' | 'objection';

/** One bar of the histogram. */
export interface HistogramBar {
  level: number;
  count: number;
  tone: LevelTone;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** The tone of a level. */
export function levelTone(level: number): LevelTone {
  if (level <= 3) return 'support';
  if (level === 4) return 'neutral';
  return level <= 6 ? 'hesitant' : 'objection';
}

/**
 * Bars for `counts` (index 0 = level 1) in a `width` × `height` plot: equal slots with a gap, each
 * bar `count / voters` of the height (`voters` = the sum of the counts: one ballot per voter), a
 * bar of count 0 a 2-unit stub so the level still shows, and any vote at least 4 units so a single
 * vote in a large round is visible. Missing or bad counts read as 0.
 */
export function histogramBars(counts: readonly number[], width: number, height: number, gap = 6): HistogramBar[] {
  const safe = Array.from({ length: 8 }, (_, i) => {
    const n = counts[i];
    return typeof n === 'number' && Number.isInteger(n) && n > 0 ? n : 0;
  });
  const voters = Math.max(1, safe.reduce((sum, n) => sum + n, 0));
  const slot = width / 8;
  return safe.map((count, i) => {
    const h = count === 0 ? 2 : Math.max(4, (count / voters) * height);
    return { level: i + 1, count, tone: levelTone(i + 1), x: i * slot + gap / 2, y: height - h, width: slot - gap, height: h };
  });
}
