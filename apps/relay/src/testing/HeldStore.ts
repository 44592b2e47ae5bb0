/**
 * A store whose commits the test holds back (DESIGN §7): it wraps a real store (SQLite in the
 * Room tests) and, while an operation is held, parks each call until the test releases it or
 * makes it fail. So a test can look at what peers received while an update is not yet durable,
 * or let a compaction and an append finish in the order it chooses. Test-only (not built).
 */
import type { BoardListing, BoardStore, BoardUpdate, StoredBoard } from '../store/BoardStore.js';

/** The store operations a test can hold back. */
export type HoldableOperation = 'append' | 'compact';

/** One parked call. */
export interface HeldCall {
  operation: HoldableOperation;
  /** The boards it writes. */
  boardIds: string[];
  /** Lets the call reach the real store; resolves once it has finished there. */
  release(): Promise<void>;
  /** Makes the call fail without touching the real store. */
  fail(error: Error): void;
}

export class HeldStore implements BoardStore {
  private readonly holding = new Set<HoldableOperation>();
  private readonly parked: HeldCall[] = [];
  private readonly waiting: { operation: HoldableOperation; resolve: (call: HeldCall) => void }[] = [];
  /** Boards whose appends fail (the whole transaction, like a real store). */
  readonly failingBoards = new Set<string>();

  constructor(readonly inner: BoardStore) {}

  /** From now on, calls of `operation` wait for the test. */
  hold(operation: HoldableOperation): void {
    this.holding.add(operation);
  }

  /** Calls of `operation` go straight through again (already parked ones stay parked). */
  unhold(operation: HoldableOperation): void {
    this.holding.delete(operation);
  }

  /** The next parked call of `operation`, waiting for one if none is parked yet. */
  next(operation: HoldableOperation): Promise<HeldCall> {
    const index = this.parked.findIndex((call) => call.operation === operation);
    if (index >= 0) return Promise.resolve(this.parked.splice(index, 1)[0] as HeldCall);
    return new Promise((resolve) => this.waiting.push({ operation, resolve }));
  }

  /** How many calls are parked and not yet taken with next(). */
  get parkedCount(): number {
    return this.parked.length;
  }

  create(boardId: string, snapshot: Uint8Array, createdAt: number): Promise<void> {
    return this.inner.create(boardId, snapshot, createdAt);
  }

  exists(boardId: string): Promise<boolean> {
    return this.inner.exists(boardId);
  }

  delete(boardId: string, deletedAt: number): Promise<boolean> {
    return this.inner.delete(boardId, deletedAt);
  }

  deletedAt(boardId: string): Promise<number | null> {
    return this.inner.deletedAt(boardId);
  }

  list(): Promise<BoardListing[]> {
    return this.inner.list();
  }

  load(boardId: string): Promise<StoredBoard | null> {
    return this.inner.load(boardId);
  }

  loadSince(boardId: string, seq: number): Promise<StoredBoard | null> {
    return this.inner.loadSince(boardId, seq);
  }

  lastSeqs(boardIds: readonly string[]): Promise<Map<string, number>> {
    return this.inner.lastSeqs(boardIds);
  }

  append(batch: readonly BoardUpdate[]): Promise<number[]> {
    const boardIds = [...new Set(batch.map((u) => u.boardId))];
    const run = () => {
      const failing = boardIds.find((id) => this.failingBoards.has(id));
      return failing ? Promise.reject(new Error(`store refused board ${failing}`)) : this.inner.append(batch);
    };
    return this.holding.has('append') ? this.park('append', boardIds, run) : run();
  }

  compact(boardId: string, snapshot: Uint8Array, seq: number): Promise<void> {
    const run = () => this.inner.compact(boardId, snapshot, seq);
    return this.holding.has('compact') ? this.park('compact', [boardId], run) : run();
  }

  ping(): Promise<void> {
    return this.inner.ping();
  }

  close(): Promise<void> {
    return this.inner.close();
  }

  private park<T>(operation: HoldableOperation, boardIds: string[], run: () => Promise<T>): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      const call: HeldCall = {
        operation,
        boardIds,
        release: async () => {
          try {
            resolve(await run());
          } catch (error) {
            reject(error as Error);
          }
        },
        fail: (error) => reject(error),
      };
      const waiter = this.waiting.findIndex((w) => w.operation === operation);
      if (waiter >= 0) this.waiting.splice(waiter, 1)[0]?.resolve(call);
      else this.parked.push(call);
    });
  }
}
