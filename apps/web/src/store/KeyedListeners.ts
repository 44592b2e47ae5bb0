/**
 * Listeners routed by key: a change to key `a` wakes only the listeners of `a`. Notifications
 * are collected into a `Batch` first and run once the whole transaction has been applied to
 * every collection, so a listener never reads a half-updated store (and a listener of two
 * changed keys runs once).
 */

/** Listeners to call after a flush; a Set, so each runs once. */
export type Batch = Set<() => void>;

/** Calls every listener of `batch` once and empties it. */
export function runBatch(batch: Batch): void {
  const listeners = [...batch];
  batch.clear();
  for (const listener of listeners) listener();
}

/** Per-key listener sets. */
export class KeyedListeners {
  private readonly byKey = new Map<string, Set<() => void>>();

  /** Calls `listener` after each change of `key`; returns the unsubscribe function. */
  subscribe(key: string, listener: () => void): () => void {
    let set = this.byKey.get(key);
    if (!set) {
      set = new Set();
      this.byKey.set(key, set);
    }
    set.add(listener);
    return () => {
      const current = this.byKey.get(key);
      if (!current) return;
      current.delete(listener);
      if (current.size === 0) this.byKey.delete(key);
    };
  }

  /** Adds the listeners of `key` (if any) to `batch`. */
  collect(key: string, batch: Batch): void {
    const set = this.byKey.get(key);
    if (set) for (const listener of set) batch.add(listener);
  }

  /** Calls the listeners of `keys` now (each once). */
  notify(keys: Iterable<string>): void {
    const batch: Batch = new Set();
    for (const key of keys) this.collect(key, batch);
    runBatch(batch);
  }

  /** How many listeners `key` has (for tests and diagnostics). */
  count(key: string): number {
    return this.byKey.get(key)?.size ?? 0;
  }

  /** Drops every listener. */
  clear(): void {
    this.byKey.clear();
  }
}
