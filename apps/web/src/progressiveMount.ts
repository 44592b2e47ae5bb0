/**
 * Progressive mounting of a long list (a brainstorm column's cards, a group's cards): the first
 * screenful at once, the rest in chunks when the browser is idle, so a 2,000-card board paints
 * its first screen after a fraction of the work and has every card in the DOM shortly after.
 * A list grows the same way when a burst of items arrives (the document's sync, a reveal); a
 * few items beyond the limit (one added, moved or dropped) render at once. Pure rules here;
 * `useProgressiveMount` drives them.
 */

/** Items mounted at once when the viewport's height is unknown: more than a tall screen's column of cards. */
export const FIRST_SCREENFUL = 24;
/** The height of the shortest card (one line of text and its footer) with the gap below it, in CSS px. */
const SHORTEST_CARD_PX = 70;

/**
 * Items mounted at once in a viewport `height` px tall: enough of the shortest cards to fill
 * it, so a column is full down past the screen's bottom, and none of the ones below.
 */
export function firstScreenful(height: number): number {
  if (!(height > 0)) return FIRST_SCREENFUL;
  return Math.max(8, Math.ceil(height / SHORTEST_CARD_PX) + 1);
}
/** Items added per idle chunk. */
export const MOUNT_CHUNK = 24;
/** Items beyond the limit that render at once rather than waiting for a chunk. */
export const MOUNT_AT_ONCE = 4;

/** How many of `total` items to render with `limit` reached: all of them when only a few are beyond it. */
export function mountedCount(limit: number, total: number): number {
  return total - limit <= MOUNT_AT_ONCE ? total : limit;
}

/** The limit after one idle chunk. */
export function mountMore(limit: number, chunk = MOUNT_CHUNK): number {
  return limit + chunk;
}

/** Whether items are still waiting for a chunk. */
export function mountPending(limit: number, total: number): boolean {
  return mountedCount(limit, total) < total;
}
