/**
 * Fractional-index ordering for keyed collections (sections now, cards later).
 * Items sort by their `order` key, ties (two peers inserting at the same spot at once
 * produce the same key) broken by id, so every peer sees one order.
 */
import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';

export interface Ordered {
  id: string;
  order: string;
}

/** Keys as fractional-indexing writes them: a head letter, then base-62 digits. */
const PLAIN_KEY = /^[A-Za-z][0-9A-Za-z]*$/;
/** The one key of that shape the library refuses outright (the smallest integer). */
const SMALLEST_KEY = `A${'0'.repeat(26)}`;

/** How long the integer part of a key with this head letter is (fractional-indexing's rule). */
function integerLength(head: number): number {
  return head >= 97 ? head - 97 + 2 : 90 - head + 2;
}

/**
 * True when `key` is a key fractional-indexing accepts. Hostile peers can write anything.
 * Readers check every card's position on each layout read (2,000 on a large board), so a key of
 * the library's own shape is checked here by its rules (head letter, integer part long enough,
 * no trailing zero digit); anything else is asked of the library itself.
 */
export function isValidOrderKey(key: unknown): key is string {
  if (typeof key !== 'string' || key.length === 0 || key.length > 200) return false;
  if (PLAIN_KEY.test(key)) return key !== SMALLEST_KEY && key.length >= integerLength(key.charCodeAt(0)) && (key.length === integerLength(key.charCodeAt(0)) || !key.endsWith('0'));
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

export function compareOrdered(a: Ordered, b: Ordered): number {
  if (a.order !== b.order) return a.order < b.order ? -1 : 1;
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0;
}

/**
 * A key that sorts at position `index` of `items` (sorted, and not containing the item
 * being placed). Equal neighbour keys (a tie from concurrent inserts) are stepped past,
 * so this never throws for valid keys.
 */
export function orderAt(items: readonly Ordered[], index: number): string {
  return ordersAt(items, index, 1)[0] as string;
}

/** `count` increasing keys that sort, in a row, at position `index` of `items` (see orderAt). */
export function ordersAt(items: readonly Ordered[], index: number, count: number): string[] {
  const clamped = Math.max(0, Math.min(index, items.length));
  const before = clamped > 0 ? (items[clamped - 1]?.order ?? null) : null;
  let afterIndex = clamped;
  while (before !== null && afterIndex < items.length && (items[afterIndex]?.order ?? '') <= before) {
    afterIndex += 1;
  }
  const after = afterIndex < items.length ? (items[afterIndex]?.order ?? null) : null;
  return generateNKeysBetween(before, after, count);
}
