/** Shallow equality for the plain objects and arrays selectors return. */

/** True when `a` and `b` have the same own keys with `Object.is`-equal values. */
export function shallowEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  const ka = Object.keys(a);
  const kb = Object.keys(b);
  if (ka.length !== kb.length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && Object.is(ra[k], rb[k]));
}

/**
 * Returns `next`, except that elements shallow-equal to the element of `prev` at the same
 * key are replaced by that previous element; returns `prev` itself when nothing changed.
 */
export function reuseArray<T>(prev: readonly T[] | undefined, next: T[], key: (item: T) => string): readonly T[] {
  if (!prev) return next;
  const byKey = new Map(prev.map((item) => [key(item), item] as const));
  const merged = next.map((item) => {
    const old = byKey.get(key(item));
    return old !== undefined && shallowEqual(old, item) ? old : item;
  });
  if (merged.length === prev.length && merged.every((item, i) => item === prev[i])) return prev;
  return merged;
}

/**
 * Like shallowEqual, but values that are plain objects (a section's `offer` or `timer`) are
 * compared shallowly too, so re-reading an unchanged section yields an equal snapshot.
 */
export function twoLevelEqual(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  const ka = Object.keys(a);
  if (ka.length !== Object.keys(b).length) return false;
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  return ka.every((k) => Object.hasOwn(rb, k) && shallowEqual(ra[k], rb[k]));
}
