/**
 * "Since your last visit" for one member on one board: the news (model `selectChangesSince`)
 * between the state this device had when the member last looked (`storage/lastVisit.ts`) and
 * now, minus what they watched arrive.
 *
 * Seen = a write covered by the stored state vector, written by this page's own Yjs client, or
 * forwarded live by the relay while the page was visible and synced (those ranges are kept from
 * each update's `parseUpdateMeta`). So edits made offline elsewhere and merged when this device
 * catches up (the sync step after opening or reconnecting) are news, however old their times;
 * what others do while you watch is not. The first visit has no baseline and so no news.
 * `dismiss()` moves the baseline to now; `save()` (page hidden or left) stores now for next time.
 */
import { selectChangesSince, type VisitChange, type VisitChangeKind } from '@roundtable/model';
import * as Y from 'yjs';
import { loadLastVisit, saveLastVisit } from '../storage/lastVisit.js';

/** The seen writes of one client: [from, to) clock ranges. */
type Ranges = Map<number, [number, number][]>;

export interface VisitStoreOptions {
  boardId: string;
  memberId: string;
  storage: Storage | null;
  /** True for an update forwarded live by the relay (BoardConnection.isLiveRemote). */
  isLive: (origin: unknown) => boolean;
  /** True while the member can see the page (document.visibilityState). */
  isVisible?: () => boolean;
  /** How long to coalesce updates before recomputing (ms). */
  delayMs?: number;
}

const EMPTY: readonly VisitChange[] = Object.freeze([]);

/** The news of one member on one board; a plain external store (subscribe / getChanges). */
export class VisitStore {
  private baseline: Map<number, number> | null;
  private live: Ranges = new Map();
  private changes: readonly VisitChange[] = EMPTY;
  private newKeys = new Set<string>();
  private timer: ReturnType<typeof setTimeout> | null = null;
  private readonly listeners = new Set<() => void>();

  constructor(
    private readonly doc: Y.Doc,
    private readonly options: VisitStoreOptions,
  ) {
    const stored = loadLastVisit(options.storage, options.boardId, options.memberId);
    this.baseline = stored ? safeDecode(stored) : null;
    doc.on('update', this.onUpdate);
    this.recompute();
  }

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    if (this.baseline === null) return;
    const visible = this.options.isVisible?.() ?? (typeof document === 'undefined' || document.visibilityState === 'visible');
    if (visible && this.options.isLive(origin)) this.markLive(update);
    if (this.timer === null) this.timer = setTimeout(this.flush, this.options.delayMs ?? 120);
  };

  private markLive(update: Uint8Array): void {
    let meta: { from: Map<number, number>; to: Map<number, number> };
    try {
      meta = Y.parseUpdateMeta(update);
    } catch {
      return;
    }
    for (const [client, to] of meta.to) {
      const from = meta.from.get(client) ?? 0;
      if (to <= from) continue;
      const list = this.live.get(client) ?? [];
      list.push([from, to]);
      this.live.set(client, list);
    }
  }

  private readonly flush = (): void => {
    this.timer = null;
    this.recompute();
  };

  private readonly seen = ({ client, clock }: { client: number; clock: number }): boolean => {
    if (client === this.doc.clientID) return true;
    if (clock < (this.baseline?.get(client) ?? 0)) return true;
    return this.live.get(client)?.some(([from, to]) => clock >= from && clock < to) ?? false;
  };

  private recompute(): void {
    const next = this.baseline === null ? EMPTY : selectChangesSince(this.doc, this.seen, this.options.memberId);
    if (sameChanges(next, this.changes)) return;
    this.changes = next.length === 0 ? EMPTY : next;
    this.newKeys = new Set(next.map((c) => newKey(c.kind, c.itemId ?? c.sectionId)));
    for (const listener of this.listeners) listener();
  }

  /** The member whose visits this store follows. */
  get memberId(): string {
    return this.options.memberId;
  }

  /** What others did since the last visit, in agenda order (a new array only when it changed). */
  readonly getChanges = (): readonly VisitChange[] => this.changes;

  /** True when the item (a card id, a commitment id, an endorser's member id) is news. */
  isNew(kind: VisitChangeKind, itemId: string): boolean {
    return this.newKeys.has(newKey(kind, itemId));
  }

  /** Subscribes to changes of the news (useSyncExternalStore). */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** "Mark as seen": the baseline moves to now, the news empties, and now is stored. */
  readonly dismiss = (): void => {
    this.baseline = safeDecode(Y.encodeStateVector(this.doc));
    this.live = new Map();
    this.save();
    this.recompute();
  };

  /** Stores the document's state now as the member's last visit (page hidden or left). */
  readonly save = (): void => {
    saveLastVisit(this.options.storage, this.options.boardId, this.options.memberId, Y.encodeStateVector(this.doc));
  };

  /** Stops listening (the document stays). */
  destroy(): void {
    if (this.timer !== null) clearTimeout(this.timer);
    this.doc.off('update', this.onUpdate);
    this.listeners.clear();
  }
}

const newKey = (kind: VisitChangeKind, id: string) => `${kind}:${id}`;

function safeDecode(stateVector: Uint8Array): Map<number, number> | null {
  try {
    return Y.decodeStateVector(stateVector);
  } catch {
    return null;
  }
}

function sameChanges(a: readonly VisitChange[], b: readonly VisitChange[]): boolean {
  if (a.length !== b.length) return false;
  return a.every((c, i) => {
    const d = b[i] as VisitChange;
    return c.kind === d.kind && c.sectionId === d.sectionId && c.itemId === d.itemId && c.by === d.by && c.detail === d.detail;
  });
}

const stores = new WeakMap<object, VisitStore>();

/**
 * The visit store of an open board for `memberId` (one per connection; a new member on the same
 * page replaces it). Lives as long as the connection's document.
 */
export function visitStoreFor(connection: { doc: Y.Doc; boardId: string; isLiveRemote: (origin: unknown) => boolean }, memberId: string, storage: Storage | null): VisitStore {
  const existing = stores.get(connection);
  if (existing && existing.memberId === memberId) return existing;
  existing?.destroy();
  const store = new VisitStore(connection.doc, { boardId: connection.boardId, memberId, storage, isLive: connection.isLiveRemote });
  stores.set(connection, store);
  return store;
}
