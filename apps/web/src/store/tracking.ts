/**
 * Read tracking, in the spirit of tldraw's signals (`computed` / `useValue`): every keyed read
 * of a store (`sections.get(id)`, `agenda.get(bucket)`, `presence.viewersOf(id)`) reports
 * which source and key it read. A `Computation` runs a function while recording those reads
 * and subscribes to exactly those keys, so derived values (an action's availability, a label
 * built from several titles) wake only when something they read changed.
 */

/** Anything readable by key whose changes can be subscribed to per key. */
export interface Source {
  subscribe(key: string, listener: () => void): () => void;
}

/** One (source, key) pair a computation read. */
interface Dependency {
  source: Source;
  key: string;
}

let active: Map<Source, Set<string>> | null = null;

/** Records that the running computation (if any) read `key` of `source`. Called by stores. */
export function reportRead(source: Source, key: string): void {
  if (active === null) return;
  let keys = active.get(source);
  if (!keys) {
    keys = new Set();
    active.set(source, keys);
  }
  keys.add(key);
}

/** Runs `fn` and returns its value with every (source, key) it read. Nested calls nest. */
export function track<T>(fn: () => T): { value: T; reads: Map<Source, Set<string>> } {
  const outer = active;
  const reads = new Map<Source, Set<string>>();
  active = reads;
  try {
    return { value: fn(), reads };
  } finally {
    active = outer;
    // A computation read inside another one is a dependency of the outer one too.
    if (outer) for (const [source, keys] of reads) for (const key of keys) reportRead(source, key);
  }
}

const depId = (sources: Map<Source, number>, dep: Dependency): string => {
  let n = sources.get(dep.source);
  if (n === undefined) {
    n = sources.size;
    sources.set(dep.source, n);
  }
  return `${n}\u0000${dep.key}`;
};

/**
 * A value computed from tracked reads, for `useSyncExternalStore`: `get` returns the same
 * value until a dependency notifies and the recomputed value differs by `equal`; `subscribe`
 * listens to exactly the keys the last run read (re-subscribing when they change).
 */
export class Computation<T> {
  private value: T | undefined;
  private hasValue = false;
  private dirty = true;
  private listener: (() => void) | null = null;
  private readonly subscriptions = new Map<string, () => void>();
  private deps: Dependency[] = [];
  private readonly sourceIds = new Map<Source, number>();

  constructor(
    private readonly compute: () => T,
    private readonly equal: (a: T, b: T) => boolean = Object.is,
  ) {}

  /** The current value; recomputed only after a dependency changed (always while unsubscribed). */
  readonly get = (): T => {
    if (!this.dirty && this.hasValue) return this.value as T;
    const { value, reads } = track(this.compute);
    if (!this.hasValue || !this.equal(this.value as T, value)) this.value = value;
    this.hasValue = true;
    this.deps = [];
    for (const [source, keys] of reads) for (const key of keys) this.deps.push({ source, key });
    if (this.listener) {
      this.dirty = false;
      this.syncSubscriptions();
    }
    return this.value as T;
  };

  /** Listens to the dependencies of the last run; one listener at a time (React's). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listener = listener;
    // Reads made before subscribing may be stale: recompute on the next get.
    this.dirty = true;
    this.get();
    return () => {
      this.listener = null;
      this.dirty = true;
      for (const off of this.subscriptions.values()) off();
      this.subscriptions.clear();
    };
  };

  private readonly onChange = (): void => {
    this.dirty = true;
    this.listener?.();
  };

  private syncSubscriptions(): void {
    const wanted = new Map<string, Dependency>();
    for (const dep of this.deps) wanted.set(depId(this.sourceIds, dep), dep);
    for (const [id, off] of this.subscriptions) {
      if (!wanted.has(id)) {
        off();
        this.subscriptions.delete(id);
      }
    }
    for (const [id, dep] of wanted) {
      if (!this.subscriptions.has(id)) this.subscriptions.set(id, dep.source.subscribe(dep.key, this.onChange));
    }
  }
}
