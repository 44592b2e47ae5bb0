/**
 * Group commit: updates arriving in the same turn of the event loop are committed to the
 * store in one transaction, then each one's callback runs (which relays it). So an update
 * is never relayed before it is durable, and a burst costs one commit, not one per update.
 */
import type { BoardStore, BoardUpdate } from './store/BoardStore.js';

interface Pending extends BoardUpdate {
  onCommitted: () => void;
  onFailed: (error: unknown) => void;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];

  constructor(private readonly store: BoardStore) {}

  /** Queues `update` of `boardId`; exactly one of the callbacks runs once the batch is done. */
  enqueue(boardId: string, update: Uint8Array, onCommitted: () => void, onFailed: (error: unknown) => void): void {
    this.queue.push({ boardId, update, onCommitted, onFailed });
    this.schedule();
  }

  /** Resolves when nothing is queued or being committed (used at shutdown). */
  idle(): Promise<void> {
    if (!this.flushing && this.queue.length === 0) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  private schedule(): void {
    if (this.scheduled || this.flushing) return;
    this.scheduled = true;
    setImmediate(() => {
      this.scheduled = false;
      void this.flush();
    });
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    const batch = this.queue;
    this.queue = [];
    try {
      await this.store.append(batch);
      for (const p of batch) p.onCommitted();
    } catch (error) {
      for (const p of batch) p.onFailed(error);
    }
    this.flushing = false;
    if (this.queue.length > 0) this.schedule();
    else for (const resolve of this.idleWaiters.splice(0)) resolve();
  }
}
