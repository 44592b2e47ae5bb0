/**
 * A keyed collection of plain records read from a document by a model reader (one value per
 * key, like tldraw's AtomMap). The document side only says which keys may have changed
 * (`invalidate`, fed by `observeDeep`); `flush` re-reads just those keys, keeps a record that
 * reads equal to the cached one identical, and wakes only the listeners of the keys whose
 * record changed (plus `ANY` listeners). Derived structures (an `Index`, a projection) hear
 * about the changes first through `onChange`, so they update in the same flush.
 *
 * A `lazy` collection re-reads a dirty key at flush only while someone listens to it; the others
 * stay stale until they are next read. For collections read one key at a time whose keys are
 * mostly not on screen (every brainstorm's layout and sealed counts, every agreement's view):
 * a board's first sync then reads only what its screen shows.
 */
import { KeyedListeners, type Batch } from './KeyedListeners.js';
import { reportRead, type Source } from './tracking.js';
import { twoLevelEqual } from './shallowEqual.js';

/** The key whose listeners hear about a change of any key (and whose readers read all keys). */
export const ANY = '\u0000any';

/** One key's change in a flush: `prev` undefined means added, `next` undefined means removed. */
export interface Change<V> {
  key: string;
  prev: V | undefined;
  next: V | undefined;
}

/** Hears the changes of each flush before listeners run; may add its own listeners to `batch`. */
export type ChangeWatcher<V> = (changes: readonly Change<V>[], batch: Batch) => void;

/** How a collection reads its records. */
export interface KeyedCollectionOptions<V> {
  /** The record at `key` now, or null when there is none (absent or invalid). */
  read: (key: string) => V | null;
  /** True when two reads are the same record (default: two-level shallow equality). */
  equal?: (a: V, b: V) => boolean;
  /** Read keys nobody listens to (by key or `ANY`) only when they are read (no `onChange` watchers, no `project`). */
  lazy?: boolean;
}

/** Records by key with keyed change notifications. */
export class KeyedCollection<V> implements Source {
  private readonly values = new Map<string, V>();
  private readonly dirty = new Set<string>();
  /** Lazy collections: dirty keys nobody listened to at flush, read when next read. */
  private readonly stale = new Set<string>();
  private readonly lazy: boolean;
  private readonly listeners = new KeyedListeners();
  private readonly watchers = new Set<ChangeWatcher<V>>();
  private readonly read: (key: string) => V | null;
  private readonly equal: (a: V, b: V) => boolean;
  private list: { version: number; values: readonly V[] } | null = null;
  /** Bumped on every flush that changed something (for caches built over the whole collection). */
  version = 0;

  constructor(options: KeyedCollectionOptions<V>) {
    this.read = options.read;
    this.equal = options.equal ?? twoLevelEqual;
    this.lazy = options.lazy ?? false;
  }

  /** Marks `key` as possibly changed; the next `flush` re-reads it. */
  invalidate(key: string): void {
    this.dirty.add(key);
  }

  /** Marks every known key (and `extra` ones) as possibly changed. */
  invalidateAll(extra: Iterable<string> = []): void {
    for (const key of this.values.keys()) this.dirty.add(key);
    for (const key of this.stale) this.dirty.add(key);
    for (const key of extra) this.dirty.add(key);
  }

  /**
   * Re-reads the invalidated keys. Watchers see the changes first; then the listeners of each
   * changed key and of `ANY` are added to `batch` (run them with `runBatch` when every
   * collection of the transaction has flushed). Returns the changes.
   */
  flush(batch: Batch): readonly Change<V>[] {
    if (this.dirty.size === 0) return [];
    const changes: Change<V>[] = [];
    for (const key of this.dirty) {
      if (this.lazy && this.listeners.count(key) === 0 && this.listeners.count(ANY) === 0) {
        this.stale.add(key);
        continue;
      }
      this.stale.delete(key);
      const prev = this.values.get(key);
      const read = this.read(key);
      if (read === null) {
        if (prev === undefined) continue;
        this.values.delete(key);
        changes.push({ key, prev, next: undefined });
      } else if (prev === undefined || !this.equal(prev, read)) {
        this.values.set(key, read);
        changes.push({ key, prev, next: read });
      }
    }
    this.dirty.clear();
    if (changes.length === 0) return changes;
    this.version += 1;
    for (const watcher of this.watchers) watcher(changes, batch);
    for (const change of changes) this.listeners.collect(change.key, batch);
    this.listeners.collect(ANY, batch);
    return changes;
  }

  /** The record at `key` (tracked: a computation reading it wakes when it changes). */
  get(key: string): V | undefined {
    reportRead(this, key);
    return this.peek(key);
  }

  /** The record at `key` without tracking (for derived structures and event handlers). */
  peek(key: string): V | undefined {
    if (this.stale.has(key)) this.readStale(key);
    return this.values.get(key);
  }

  /** Reads every stale key (before answering for the whole collection). */
  private readAllStale(): void {
    for (const key of [...this.stale]) this.readStale(key);
  }

  /** Reads a stale key of a lazy collection (nobody listened to it: nobody to notify). */
  private readStale(key: string): void {
    this.stale.delete(key);
    const prev = this.values.get(key);
    const read = this.read(key);
    if (read === null) {
      if (prev !== undefined) this.values.delete(key);
    } else if (prev === undefined || !this.equal(prev, read)) {
      this.values.set(key, read);
    } else {
      return;
    }
    this.version += 1;
  }

  /** Every record, in no particular order; the same array until something changes (tracked as ANY). */
  all(): readonly V[] {
    reportRead(this, ANY);
    this.readAllStale();
    if (!this.list || this.list.version !== this.version) this.list = { version: this.version, values: [...this.values.values()] };
    return this.list.values;
  }

  /** `version`, tracked as a read of every key (for caches built over the whole collection). */
  readVersion(): number {
    reportRead(this, ANY);
    this.readAllStale();
    return this.version;
  }

  /** Every key currently held (untracked). */
  keys(): IterableIterator<string> {
    this.readAllStale();
    return this.values.keys();
  }

  /** Number of records (untracked). */
  get size(): number {
    this.readAllStale();
    return this.values.size;
  }

  /** Calls `listener` after each flush that changed `key` (or any key, for `ANY`). */
  subscribe(key: string, listener: () => void): () => void {
    // A lazy key is read now, so the next flush compares against what this listener could see.
    if (this.stale.has(key)) this.readStale(key);
    return this.listeners.subscribe(key, listener);
  }

  /** Listener count of `key` (tests). */
  listenerCount(key: string): number {
    return this.listeners.count(key);
  }

  /** Adds a watcher that hears every flush's changes before listeners run. */
  onChange(watcher: ChangeWatcher<V>): () => void {
    if (this.lazy) throw new Error('a lazy collection has no change watchers: it does not read every change');
    this.watchers.add(watcher);
    return () => this.watchers.delete(watcher);
  }

  /**
   * A collection of `project(record)` per key of this one, updated in the same flush: its
   * listeners wake only when the projection changed (e.g. a section's lead and offer, not its
   * title).
   */
  project<W>(project: (value: V) => W, equal?: (a: W, b: W) => boolean): KeyedCollection<W> {
    const projected = new KeyedCollection<W>({
      read: (key) => {
        const value = this.values.get(key);
        return value === undefined ? null : project(value);
      },
      equal,
    });
    projected.invalidateAll(this.values.keys());
    projected.flush(new Set());
    this.onChange((changes, batch) => {
      for (const change of changes) projected.invalidate(change.key);
      projected.flush(batch);
    });
    return projected;
  }

  /** Drops listeners and watchers. */
  clear(): void {
    this.listeners.clear();
    this.watchers.clear();
  }
}
