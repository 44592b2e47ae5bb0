/**
 * An incremental index over a `KeyedCollection` (like tldraw's `StoreQueries.index`): the
 * keys of the collection grouped by a field of their record (sections in the agenda, cards by
 * cluster, votes by card), each group an ordered array of keys. It updates from the
 * collection's change feed: a record that moves from group A to B touches A and B only, a
 * record whose sort key did not change touches nothing, and only the listeners of a group
 * whose key array changed wake. The array of a group stays identical until it changes.
 */
import { ANY, type Change, type KeyedCollection } from './KeyedCollection.js';
import { KeyedListeners, type Batch } from './KeyedListeners.js';
import { shallowEqual } from './shallowEqual.js';
import { reportRead, type Source } from './tracking.js';

/** How an index groups and orders records. */
export interface IndexOptions<V> {
  /** The group of a record, or null to leave it out of the index. */
  groupOf: (value: V) => string | null;
  /** Order within a group (ties broken by key); by key alone when omitted. */
  sortKey?: (value: V) => string;
}

const EMPTY: readonly string[] = Object.freeze([]);

interface Group {
  keys: Set<string>;
  sorted: readonly string[];
}

/** Keys of a collection grouped by a field, each group ordered. */
export class Index<V> implements Source {
  private readonly groups = new Map<string, Group>();
  private readonly listeners = new KeyedListeners();
  private readonly groupOf: (value: V) => string | null;
  private readonly sortKey: ((value: V) => string) | undefined;
  private readonly stop: () => void;

  constructor(
    private readonly source: KeyedCollection<V>,
    options: IndexOptions<V>,
  ) {
    this.groupOf = options.groupOf;
    this.sortKey = options.sortKey;
    for (const key of source.keys()) {
      const value = source.peek(key);
      const group = value === undefined ? null : this.groupOf(value);
      if (group !== null) this.groupFor(group).keys.add(key);
    }
    for (const group of this.groups.values()) group.sorted = this.sort(group.keys);
    this.stop = source.onChange(this.apply);
  }

  /** The keys in `group`, ordered; the same array until the group's membership or order changes. */
  get(group: string): readonly string[] {
    reportRead(this, group);
    return this.groups.get(group)?.sorted ?? EMPTY;
  }

  /** Calls `listener` when `group`'s key array changes (`ANY`: when any group's does). */
  subscribe(group: string, listener: () => void): () => void {
    return this.listeners.subscribe(group, listener);
  }

  /** Listener count of `group` (tests). */
  listenerCount(group: string): number {
    return this.listeners.count(group);
  }

  /** Stops following the collection. */
  destroy(): void {
    this.stop();
    this.listeners.clear();
  }

  private groupFor(name: string): Group {
    let group = this.groups.get(name);
    if (!group) {
      group = { keys: new Set(), sorted: EMPTY };
      this.groups.set(name, group);
    }
    return group;
  }

  private sort(keys: Set<string>): readonly string[] {
    const list = [...keys];
    const sortKey = this.sortKey;
    if (!sortKey) return list.sort();
    const keyed = list.map((key) => {
      const value = this.source.peek(key);
      return { key, order: value === undefined ? '' : sortKey(value) };
    });
    keyed.sort((a, b) => (a.order !== b.order ? (a.order < b.order ? -1 : 1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
    return keyed.map((k) => k.key);
  }

  private readonly apply = (changes: readonly Change<V>[], batch: Batch): void => {
    const touched = new Set<string>();
    for (const { key, prev, next } of changes) {
      const from = prev === undefined ? null : this.groupOf(prev);
      const to = next === undefined ? null : this.groupOf(next);
      if (from !== to) {
        if (from !== null) {
          this.groups.get(from)?.keys.delete(key);
          touched.add(from);
        }
        if (to !== null) {
          this.groupFor(to).keys.add(key);
          touched.add(to);
        }
      } else if (to !== null && this.sortKey && prev !== undefined && next !== undefined && this.sortKey(prev) !== this.sortKey(next)) {
        touched.add(to);
      }
    }
    let any = false;
    for (const name of touched) {
      const group = this.groups.get(name);
      if (!group) continue;
      const sorted = group.keys.size === 0 ? EMPTY : this.sort(group.keys);
      if (group.keys.size === 0) this.groups.delete(name);
      if (shallowEqual(group.sorted, sorted)) continue;
      group.sorted = sorted;
      this.listeners.collect(name, batch);
      any = true;
    }
    if (any) this.listeners.collect(ANY, batch);
  };
}
