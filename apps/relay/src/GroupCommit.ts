/**
 * Group commit: updates arriving in the same turn of the event loop are committed to the
 * store in one transaction; then each owner (a room) is told once, with all of its updates
 * from that batch in order and the seqs the store assigned them, and relays them. So an update
 * is never relayed before it is durable, and a burst costs one commit and one fan-out per room,
 * not one per update. A lone update goes out at once; a steady stream is grouped, each batch
 * starting no sooner than `batchSpacing` after the previous one. That spacing grows with the
 * frames the previous batch sent (one per connection of each room in it): a frame costs the
 * relay about the same whatever it holds, so a board relayed to many readers gets fewer, larger
 * frames, up to one a display frame (16 ms: no reader can show updates more often), while a
 * small board keeps the shortest spacing (4 ms).
 *
 * A failed batch is retried once per owner, each alone, so one board the store refuses does
 * not take down the others that shared its batch; an owner whose own retry fails is told.
 */
import type { BoardStore, BoardUpdate } from './store/BoardStore.js';

/** Who is told about the fate of its queued updates. */
export interface CommitOwner {
  readonly boardId: string;
  /** How many connections a batch of this owner's is sent to (its frames per batch). */
  readonly fanOut: number;
  /** Every update this owner queued in the batch, in queue order, now durable, with their seqs. */
  committed(updates: Uint8Array[], seqs: number[]): void;
  failed(error: unknown): void;
}

/** The shortest time between the starts of two batches. */
export const MIN_BATCH_SPACING_MS = 4;
/** The longest: one display frame at 60 Hz. */
export const MAX_BATCH_SPACING_MS = 16;
/**
 * Spacing per frame the previous batch sent. A frame to a reader costs the relay about 10 µs
 * (its `write` and the kernel's TCP work, bench B1), so a stream's fan-out stays within about a
 * sixteenth of a core until the spacing reaches MAX_BATCH_SPACING_MS (at 100 frames a batch).
 */
export const SPACING_PER_FRAME_MS = 0.16;

/** The shortest time from a batch's start to the next one's, given the frames the batch sent. */
export function batchSpacing(frames: number): number {
  return Math.min(MAX_BATCH_SPACING_MS, Math.max(MIN_BATCH_SPACING_MS, frames * SPACING_PER_FRAME_MS));
}

interface Pending extends BoardUpdate {
  owner: CommitOwner;
}

export class GroupCommit {
  private queue: Pending[] = [];
  private flushing = false;
  private scheduled = false;
  private idleWaiters: (() => void)[] = [];
  private lastFlush = -Infinity;
  private spacing = MIN_BATCH_SPACING_MS;

  constructor(
    private readonly store: BoardStore,
    /** Told each batch's size and how long its commit took (metrics). */
    private readonly observe?: (updates: number, seconds: number) => void,
  ) {}

  /** Queues `update` of `owner`'s board for the next batch. */
  enqueue(owner: CommitOwner, update: Uint8Array): void {
    this.queue.push({ boardId: owner.boardId, update, owner });
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
    const run = () => {
      this.scheduled = false;
      void this.flush();
    };
    const wait = this.lastFlush + this.spacing - performance.now();
    if (wait <= 0) setImmediate(run);
    else setTimeout(run, wait);
  }

  private async flush(): Promise<void> {
    this.flushing = true;
    this.lastFlush = performance.now();
    const batch = this.queue;
    this.queue = [];
    // Each owner's positions in the batch, in queue order.
    const byOwner = new Map<CommitOwner, number[]>();
    batch.forEach((pending, i) => {
      const list = byOwner.get(pending.owner);
      if (list) list.push(i);
      else byOwner.set(pending.owner, [i]);
    });
    try {
      const started = performance.now();
      const seqs = await this.store.append(batch);
      this.observe?.(batch.length, (performance.now() - started) / 1000);
      let frames = 0;
      for (const [owner, at] of byOwner) {
        frames += owner.fanOut;
        owner.committed(at.map((i) => (batch[i] as Pending).update), at.map((i) => seqs[i] as number));
      }
      this.spacing = batchSpacing(frames);
    } catch (error) {
      if (byOwner.size === 1) for (const owner of byOwner.keys()) owner.failed(error ?? new Error('store append failed'));
      else for (const [owner, at] of byOwner) await this.commitAlone(owner, at.map((i) => batch[i] as Pending));
    }
    this.flushing = false;
    if (this.queue.length > 0) this.schedule();
    else for (const resolve of this.idleWaiters.splice(0)) resolve();
  }

  /** Retries one owner's part of a failed batch in its own transaction. */
  private async commitAlone(owner: CommitOwner, items: Pending[]): Promise<void> {
    let seqs: number[];
    try {
      seqs = await this.store.append(items);
    } catch (error) {
      owner.failed(error ?? new Error('store append failed'));
      return;
    }
    owner.committed(items.map((p) => p.update), seqs);
  }
}
