import { describe, expect, it } from 'vitest';
import { FIRST_SCREENFUL, MOUNT_AT_ONCE, MOUNT_CHUNK, firstScreenful, mountedCount, mountMore, mountPending } from './progressiveMount.js';

/** The counts a list of `total` items renders, first render then one per idle chunk, as the hook drives them. */
function renders(total: number): number[] {
  let limit = FIRST_SCREENFUL;
  const counts = [mountedCount(limit, total)];
  while (mountPending(limit, total)) {
    limit = mountMore(limit);
    counts.push(mountedCount(limit, total));
  }
  return counts;
}

describe('progressive mounting of a long list', () => {
  it('renders the first screenful of a long column at once, not every card', () => {
    const total = 334; // one of six columns of a 2,000-card board
    expect(mountedCount(FIRST_SCREENFUL, total)).toBe(FIRST_SCREENFUL);
    expect(mountPending(FIRST_SCREENFUL, total)).toBe(true);
  });

  it('sizes the first screenful to the viewport: a laptop screen gets fewer cards than a tall monitor, never too few', () => {
    expect(firstScreenful(900)).toBe(14);
    expect(firstScreenful(1440)).toBeGreaterThan(firstScreenful(900));
    expect(firstScreenful(1440) * 70).toBeGreaterThanOrEqual(1440);
    expect(firstScreenful(300)).toBe(8);
    expect(firstScreenful(0)).toBe(FIRST_SCREENFUL);
  });

  it('mounts one chunk per idle period until every card is in', () => {
    // 24, 48, 72, then the last 28 (only 4 past the fourth chunk's 96: shown with it).
    expect(renders(100)).toEqual([FIRST_SCREENFUL, FIRST_SCREENFUL + MOUNT_CHUNK, FIRST_SCREENFUL + 2 * MOUNT_CHUNK, 100]);
    expect(renders(334).at(-1)).toBe(334);
  });

  it('renders a short list whole from the start', () => {
    expect(renders(3)).toEqual([3]);
    expect(renders(FIRST_SCREENFUL + MOUNT_AT_ONCE)).toEqual([FIRST_SCREENFUL + MOUNT_AT_ONCE]);
  });

  it('renders one card added or dropped past the limit at once, and a burst in chunks', () => {
    const limit = FIRST_SCREENFUL + MOUNT_CHUNK; // a list of 48 fully mounted
    expect(mountedCount(limit, 49)).toBe(49);
    expect(mountedCount(limit, 500)).toBe(limit);
    expect(mountPending(limit, 500)).toBe(true);
  });

  it('never renders more items than there are when the list shrinks', () => {
    expect(mountedCount(200, 10)).toBe(10);
    expect(mountPending(200, 10)).toBe(false);
  });
});
