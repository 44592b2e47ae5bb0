/**
 * The loaded boards. A board is loaded on its first connection (fully, before that
 * connection joins), shared by later ones, and unloaded after its last connection leaves,
 * once its pending commits are done and its update log is compacted. A board stored in an
 * older schema is migrated as it loads.
 *
 * Loading subscribes to the board's fan-out first, then loads from the store, then hands the
 * room whatever other relays published meanwhile (the room drops what the load included), so
 * no committed update can fall between the load and the subscription.
 */
import { migrate, needsMigration } from '@roundtable/model';
import type { FanoutMessage, FanoutSubscription } from './fanout/Fanout.js';
import { Room, type RoomDeps } from './Room.js';

/**
 * What every room needs, less the callback Rooms supplies itself; `onLoad` sees each room once
 * loaded; `seqCheckMs` (0 or absent: never) is how often the loaded boards' last seqs are read
 * from the store (checkSeqs): a board gone from it was deleted by another process (`roundtable
 * delete`) and its connections close; with `fillGaps` (scale-out), a board whose last fan-out
 * message was lost is filled though it went quiet.
 */
export type RoomsOptions = Omit<RoomDeps, 'onBroken'> & { onLoad?: (room: Room) => void; seqCheckMs?: number; fillGaps?: boolean };

interface Entry {
  room: Promise<Room | null>;
  /** The room once loaded. */
  loaded?: Room;
  refs: number;
}

export class Rooms {
  private readonly entries = new Map<string, Entry>();
  /** Unloads in progress; a new acquire waits for them so it reads the compacted state. */
  private readonly unloading = new Map<string, Promise<void>>();
  /** Each loaded room's fan-out subscription, ended when the room goes. */
  private readonly subscriptions = new Map<Room, FanoutSubscription>();

  private readonly seqTimer: NodeJS.Timeout | null = null;
  private checking = false;

  constructor(private readonly options: RoomsOptions) {
    if (options.seqCheckMs) {
      this.seqTimer = setInterval(() => void this.checkSeqs(), options.seqCheckMs);
      this.seqTimer.unref();
    }
  }

  /**
   * Reads every loaded board's last committed seq in one cheap query. A board the store no
   * longer has was deleted behind this relay's back (the administrator command works on the
   * store directly): its connections close with `boardDeleted`. With `fillGaps`, each other room
   * fills what it lacks (Room.checkSeq). One check at a time; a failed read waits for the next
   * tick (the health check reports the store).
   */
  async checkSeqs(): Promise<void> {
    if (this.checking) return;
    const rooms = [...this.entries.values()].flatMap((e) => (e.loaded ? [e.loaded] : []));
    if (rooms.length === 0) return;
    this.checking = true;
    try {
      const seqs = await this.options.store.lastSeqs(rooms.map((r) => r.boardId));
      for (const room of rooms) {
        const seq = seqs.get(room.boardId);
        if (seq === undefined) room.closeDeleted();
        else if (this.options.fillGaps) room.checkSeq(seq);
      }
    } catch (error) {
      this.options.log.debug({ err: error }, 'seq check failed; next one later');
    } finally {
      this.checking = false;
    }
  }

  get loadedCount(): number {
    return this.entries.size;
  }

  /** The loaded room of `boardId` (loading it if needed), or null for an unknown board. Pair with release(). */
  async acquire(boardId: string): Promise<Room | null> {
    await this.unloading.get(boardId);
    let entry = this.entries.get(boardId);
    if (!entry) {
      const created: Entry = { room: this.load(boardId), refs: 0 };
      created.room.then(
        (room) => {
          if (room) created.loaded = room;
        },
        () => undefined, // reported to every acquirer below
      );
      this.entries.set(boardId, (entry = created));
    }
    entry.refs += 1;
    let room: Room | null;
    try {
      room = await entry.room;
    } catch (error) {
      // A board that failed to load (store error, corrupt data) is not cached: the next try reloads.
      if (this.entries.get(boardId) === entry) this.entries.delete(boardId);
      throw error;
    }
    if (!room && this.entries.get(boardId) === entry) this.entries.delete(boardId);
    return room;
  }

  /** Gives back one acquire() of `room`; the last one unloads the board. */
  release(room: Room): void {
    const boardId = room.boardId;
    const entry = this.entries.get(boardId);
    if (!entry || entry.loaded !== room || --entry.refs > 0) return;
    this.entries.delete(boardId);
    const done = this.unload(room);
    this.unloading.set(boardId, done);
    void done.finally(() => {
      if (this.unloading.get(boardId) === done) this.unloading.delete(boardId);
    });
  }

  /** Every loaded room (for shutdown). */
  async all(): Promise<Room[]> {
    const rooms = await Promise.all([...this.entries.values()].map((e) => e.room));
    return rooms.filter((r): r is Room => r !== null);
  }

  /** Unloads every board: flush, compact, free. */
  async closeAll(): Promise<void> {
    if (this.seqTimer) clearInterval(this.seqTimer);
    const rooms = await this.all();
    this.entries.clear();
    await Promise.all([...rooms.map((room) => this.unload(room)), ...this.unloading.values()]);
  }

  private async load(boardId: string): Promise<Room | null> {
    const started = performance.now();
    const early: FanoutMessage[] = [];
    let room: Room | null = null;
    const subscription = await this.options.fanout.subscribe(
      boardId,
      (message) => {
        if (room) room.receive(message);
        else early.push(message);
      },
      {
        // Before the room exists there is nobody here to show presence to, or to tell about.
        awareness: (update) => room?.receiveAwareness(update),
        presenceQuery: () => room?.publishOwnPresence(),
        resync: () => void room?.fillGap(),
        // Deleted through another relay: its clients here are told now, not at their next write.
        deleted: () => room?.closeDeleted(),
      },
    );
    const subscribed = performance.now();
    let loadedAt = 0;
    try {
      const stored = await this.options.store.load(boardId);
      if (!stored) {
        await subscription.unsubscribe();
        return null;
      }
      loadedAt = performance.now();
      room = new Room(boardId, stored, { ...this.options, onBroken: (broken) => this.forget(broken) });
    } catch (error) {
      await subscription.unsubscribe();
      throw error;
    }
    for (const message of early.splice(0)) room.receive(message);
    this.subscriptions.set(room, subscription);
    // Upgrade an old board before anyone joins: the migration is a document update like any
    // other (committed, then relayed), so clients never migrate a stale copy themselves.
    // (Checked on the committed document: a current board never builds its live one here.)
    if (room.readCommitted(needsMigration)) {
      const migrated = migrate(room.doc);
      this.options.log.info({ boardId, ...migrated }, 'board migrated');
    }
    // Presence is not stored: ask the relays that already have the board who is there.
    this.options.fanout.queryPresence(boardId);
    this.options.metrics.rooms.inc();
    this.options.log.debug({ boardId, seq: room.seq, subscribeMs: Math.round(subscribed - started), readMs: Math.round(loadedAt - subscribed), applyMs: Math.round(performance.now() - loadedAt) }, 'board loaded');
    this.options.onLoad?.(room);
    return room;
  }

  /** Drops a broken room from memory so the next connection reloads it from the store. */
  private forget(room: Room): void {
    const entry = this.entries.get(room.boardId);
    if (!entry) return;
    this.entries.delete(room.boardId);
    this.options.metrics.rooms.dec();
    this.unsubscribe(room);
    room.destroy();
  }

  private unsubscribe(room: Room): void {
    const subscription = this.subscriptions.get(room);
    if (!subscription) return;
    this.subscriptions.delete(room);
    subscription.unsubscribe().catch((error: unknown) => this.options.log.warn({ err: error, boardId: room.boardId }, 'fan-out unsubscribe failed'));
  }

  private async unload(room: Room): Promise<void> {
    await new Promise<void>((resolve) => room.afterCommits(resolve));
    try {
      await room.compact();
    } catch (error) {
      this.options.log.error({ err: error, boardId: room.boardId }, 'compaction failed');
    }
    this.unsubscribe(room);
    room.destroy();
    this.options.metrics.rooms.dec();
    this.options.log.debug({ boardId: room.boardId }, 'board unloaded');
  }
}
