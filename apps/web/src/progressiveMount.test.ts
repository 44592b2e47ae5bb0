import { describe, expect, it } from 'vitest';
import { FIRST_SCREENFUL, MOUNT_CHUNK, mountedCount, mountMore, startMounting } from './progressiveMount.js';

describe('progressive mounting of a long list', () => {
  it('renders the first screenful of a long column at once, not every card', () => {
    const total = 334; // one of six columns of a 2,000-card board
    const first = startMounting(total);
    expect(mountedCount(first, total)).toBe(FIRST_SCREENFUL);
    expect(first.done).toBe(false);
  });

  it('mounts one chunk per idle period until every card is in, then stays complete', () => {
    const total = 100;
    let state = startMounting(total);
    const counts = [mountedCount(state, total)];
    while (!state.done) {
      state = mountMore(state, total);
      counts.push(mountedCount(state, total));
    }
    expect(counts).toEqual([FIRST_SCREENFUL, FIRST_SCREENFUL + MOUNT_CHUNK, FIRST_SCREENFUL + 2 * MOUNT_CHUNK, FIRST_SCREENFUL + 3 * MOUNT_CHUNK, 100]);
    // Cards added (or moved in) afterwards render at once, however many.
    expect(mountedCount(state, 500)).toBe(500);
    expect(mountMore(state, 500)).toBe(state);
  });

  it('renders a short list whole from the start, and keeps it whole as it grows', () => {
    const state = startMounting(3);
    expect(state.done).toBe(true);
    expect(mountedCount(state, 3)).toBe(3);
    expect(mountedCount(state, 200)).toBe(200);
  });

  it('never renders more items than there are, even when the list shrinks while mounting', () => {
    let state = startMounting(300);
    state = mountMore(state, 300);
    expect(mountedCount(state, 10)).toBe(10);
    expect(mountMore(state, 10).done).toBe(true);
  });
});
