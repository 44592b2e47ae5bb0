/**
 * Progressive mounting of a long list (a brainstorm column's cards, a group's cards): the first
 * screenful at once, the rest in chunks when the browser is idle, so a 2,000-card board paints
 * its first screen after a fraction of the work and has every card in the DOM shortly after.
 * Pure state here; `useProgressiveMount` drives it.
 */

/** Items mounted at once: more than a tall screen's column of cards. */
export const FIRST_SCREENFUL = 24;
/** Items mounted per idle chunk. */
export const MOUNT_CHUNK = 24;

/** How far a list is mounted: its first `limit` items, or all of them for good once `done`. */
export interface Mounting {
  limit: number;
  done: boolean;
}

/** The first render of a list of `total` items. */
export function startMounting(total: number, first = FIRST_SCREENFUL): Mounting {
  return { limit: first, done: total <= first };
}

/**
 * One more chunk of a list of `total` items. Once every item is mounted the list stays fully
 * mounted: items added or moved later render at once, wherever they land.
 */
export function mountMore(state: Mounting, total: number, chunk = MOUNT_CHUNK): Mounting {
  if (state.done) return state;
  const limit = state.limit + chunk;
  return { limit, done: total <= limit };
}

/** How many of `total` items to render now. */
export function mountedCount(state: Mounting, total: number): number {
  return state.done ? total : Math.min(total, state.limit);
}
