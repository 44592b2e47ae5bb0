/**
 * One loaded board: its Y.Doc and awareness, the connections on it, and the ordering rule
 * that makes the relay durable: a document update is committed to the store (group commit)
 * before it is relayed to anyone, and a stored board is fully loaded before a connection joins.
 *
 * Two documents: `doc` holds everything received (it turns a client's update into the diff to
 * store, and its state vector tells joiners what not to resend); `committedDoc` holds only what
 * the store has. The live `doc` is built from the committed one the first time something needs
 * it (a client's first non-empty update, a relay-side operation, a migration): until then the two
 * are equal, and a board that is only read (joiners of a large board, idle boards) holds one.
 * Sync replies and snapshots are encoded from `committedDoc`, so they never carry
 * an uncommitted update and never wait for a commit (a joiner is not held up behind a steady
 * stream, whatever the store's latency); updates still in flight reach the joiner when they
 * commit, since it is already among the connections.
 *
 * Fan-out is batched: each group commit relays a room's updates as one merged update (and
 * publishes it to other relays through the Fanout seam), and presence changes are coalesced
 * over AWARENESS_FLUSH_MS into one message. The full-state reply that every new joiner needs is
 * encoded once per committed version and shared.
 */
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type ClientMessage } from '@roundtable/protocol';
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Connection, type MessageSink } from './Connection.js';
import type { Fanout, FanoutMessage } from './fanout/Fanout.js';
import type { CommitOwner, GroupCommit } from './GroupCommit.js';
import type { Metrics } from './metrics.js';
import { keepOwnPresence } from './presenceOwnership.js';
import { SeqTracker } from './SeqTracker.js';
import { splitState } from './splitState.js';
import type { BoardStore, StoredBoard } from './store/BoardStore.js';

/** Origin of updates applied while loading from the store: not committed again. */
export const STORAGE_ORIGIN = Symbol('storage');

/** Origin of updates another relay committed and published: neither stored nor published again. */
export const REMOTE_ORIGIN = Symbol('remote');

/** Presence changes within this window go out as one message (20 per second at most). */
export const AWARENESS_FLUSH_MS = 50;

/**
 * How long a gap in the seqs (another relay's batch arrived before an earlier one) may stay
 * open before the room reads the missing seqs from the store: long enough for a late message,
 * short enough that a lost one is barely noticed.
 */
export const GAP_FILL_AFTER_MS = 250;

/**
 * A sync reply larger than this goes out as several messages (splitState.ts): y-websocket's
 * client drops a connection that receives no message for 30 s, and a message counts only once it
 * has fully arrived, so one huge reply over a slow link would never complete. 256 KiB a message
 * keeps a link down to ~10 kB/s synced.
 */
export const SYNC_PART_BYTES = 256 * 1024;

/** A board is compacted once it has been quiet this long (and has log entries to fold). */
export const COMPACT_WHEN_QUIET_MS = 2000;

export interface RoomDeps {
  store: BoardStore;
  commit: GroupCommit;
  fanout: Fanout;
  metrics: Metrics;
  log: Logger;
  maxBoardBytes: number;
  /** Log length that makes the board due for compaction (when quiet; at 10× even if busy). */
  compactAfter: number;
  /** Called once when the room can no longer be used (store failure). */
  onBroken: (room: Room) => void;
}

/** An update with no structs and no deletions. */
function isEmptyUpdate(update: Uint8Array): boolean {
  return update.byteLength === 2 && update[0] === 0 && update[1] === 0;
}

/** The encoded state vector of an empty document: a joiner with nothing. */
function isEmptyStateVector(sv: Uint8Array): boolean {
  return sv.byteLength === 1 && sv[0] === 0;
}

export class Room implements MessageSink, CommitOwner {
  /** Everything received, committed or not; null until first needed (see `doc`). */
  private live: Y.Doc | null = null;
  /** Told once the live document exists (SealedSections watches its transactions). */
  private liveWatchers: ((doc: Y.Doc) => void)[] = [];
  /** What the store holds: the source of sync replies and snapshots. */
  private readonly committedDoc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.committedDoc);
  readonly connections = new Set<Connection>();
  /** The board's seqs that `committedDoc` includes. */
  private readonly seqs: SeqTracker;
  private bytes: number;
  private enqueued = 0;
  private committedCount = 0;
  private uncompacted: number;
  /** The compaction being written, if any; a later compact() waits for it, then folds what is new. */
  private compaction: Promise<void> | null = null;
  private waiters: (() => void)[] = [];
  /** applyLocal calls waiting for their update's commit: resolved once `committedCount` reaches `target`. */
  private localWaiters: { target: number; resolve: () => void; reject: (error: Error) => void }[] = [];
  private broken = false;
  /** The sync reply (one sync step 2, or parts then a sync step 2) with the whole committed document, for joiners that have nothing; null when stale. */
  private fullStateReply: Uint8Array[] | null = null;
  /** The whole committed document as one update (GET …/state); null when stale. */
  private fullStateUpdate: Uint8Array | null = null;
  private pendingAwareness = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | null = null;
  private compactTimer: NodeJS.Timeout | null = null;
  /** Presence ids changed by this relay's connections since the last flush, for the other relays. */
  private pendingPublish = new Set<number>();
  private gapTimer: NodeJS.Timeout | null = null;
  /** The gap fill being read, if any; a request meanwhile runs another after it. */
  private filling: Promise<void> | null = null;
  private fillAgain = false;
  /** The highest seq the store reported for this board (periodic check); below it, the room is behind. */
  private storedSeq = 0;

  constructor(
    readonly boardId: string,
    stored: StoredBoard,
    private readonly deps: RoomDeps,
  ) {
    this.bytes = stored.bytes;
    this.uncompacted = stored.updates.length - 1;
    this.seqs = new SeqTracker(stored.seq);
    // One merged update, applied once: applying a long log one update at a time costs far more
    // (a few seconds for a few thousand updates), all of it before the first sync reply.
    const state = stored.updates.length === 1 ? (stored.updates[0] as Uint8Array) : Y.mergeUpdates(stored.updates);
    Y.applyUpdate(this.committedDoc, state, STORAGE_ORIGIN);
    this.awareness.setLocalState(null);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /**
   * Everything received, committed or not: where clients' updates and relay-side operations
   * apply. Built from the committed document on first use (equal to it until then).
   */
  get doc(): Y.Doc {
    if (!this.live) {
      const live = new Y.Doc();
      Y.applyUpdate(live, this.fullState(), STORAGE_ORIGIN);
      live.on('update', this.onDocUpdate);
      this.live = live;
      for (const watch of this.liveWatchers.splice(0)) watch(live);
    }
    return this.live;
  }

  /** Runs `watch` with the live document once it exists (at once if it does). */
  onLiveDoc(watch: (doc: Y.Doc) => void): void {
    if (this.live) watch(this.live);
    else this.liveWatchers.push(watch);
  }

  /** Reads what the store holds, without building the live document. */
  readCommitted<T>(read: (doc: Y.Doc) => T): T {
    return read(this.committedDoc);
  }

  /** CommitOwner: each batch of this room's updates is one frame to each of its connections. */
  get fanOut(): number {
    return this.connections.size;
  }

  /** The last seq such that this room has every committed update up to it. */
  get seq(): number {
    return this.seqs.contiguous;
  }

  /** Adds a connection and starts the sync: our state vector, then everyone's presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.live ?? this.committedDoc)));
    if (this.awareness.getStates().size > 0) connection.send(this.presenceMessage([...this.awareness.getStates().keys()]));
  }

  /** Removes a connection and the presence it controlled. */
  leave(connection: Connection): void {
    if (!this.connections.delete(connection)) return;
    if (connection.awarenessIds.size > 0) {
      awarenessProtocol.removeAwarenessStates(this.awareness, [...connection.awarenessIds], null);
    }
  }

  handle(connection: Connection, message: ClientMessage): void {
    switch (message.type) {
      case 'syncStep1':
        this.replySyncStep2(connection, message.stateVector);
        return;
      case 'update':
        // A sync step 2 with nothing in it (a new client's answer to our sync step 1).
        if (isEmptyUpdate(message.update)) return;
        if (connection.role === 'view') {
          this.deps.metrics.droppedViewUpdates.inc();
          return;
        }
        if (this.bytes > this.deps.maxBoardBytes) {
          connection.close('boardTooLarge', 'board has reached its size limit');
          return;
        }
        try {
          Y.applyUpdate(this.doc, message.update, connection);
        } catch {
          connection.close('malformed', 'malformed update');
        }
        return;
      case 'awareness':
        try {
          // Only ids this connection holds, or that nobody shows now (a new or returning client).
          const states = this.awareness.getStates();
          const own = keepOwnPresence(message.update, (id) => connection.awarenessIds.has(id) || !states.has(id));
          if (own.dropped > 0) this.deps.metrics.foreignPresenceDropped.inc(own.dropped);
          if (own.update) awarenessProtocol.applyAwarenessUpdate(this.awareness, own.update, connection);
        } catch {
          connection.close('malformed', 'malformed awareness update');
        }
        return;
      case 'queryAwareness':
        connection.send(this.presenceMessage([...this.awareness.getStates().keys()]));
        return;
    }
  }

  /** Runs `fn` as soon as every update received so far is committed (unload waits for this). */
  afterCommits(fn: () => void): void {
    if (this.committedCount === this.enqueued) fn();
    else this.waiters.push(fn);
  }

  /**
   * Runs a relay-side named operation (a reveal, a tally) on this board's document. Its update
   * takes a client update's path: queued to the group commit and relayed only once stored.
   * Resolves with the operation's result once that update is committed; rejects when the
   * store fails (the room is then closed like for any failed commit).
   */
  async applyLocal<T>(operation: (doc: Y.Doc) => T): Promise<T> {
    if (this.broken) throw new Error('the board was closed after a store failure');
    const value = operation(this.doc);
    const target = this.enqueued;
    if (this.committedCount < target) {
      await new Promise<void>((resolve, reject) => this.localWaiters.push({ target, resolve, reject }));
    }
    return value;
  }

  /**
   * Folds the update log into one snapshot, encoded from the committed document and recorded
   * with the seq it includes: updates committed meanwhile have later seqs and stay in the log.
   * One compaction at a time: a call during one waits for it, then folds what is still new
   * (so unload and shutdown never leave a compaction running behind them).
   */
  async compact(): Promise<void> {
    this.clearCompactTimer();
    while (this.compaction) await this.compaction.catch(() => undefined);
    if (this.broken || this.uncompacted === 0) return;
    const run = this.writeSnapshot();
    this.compaction = run;
    try {
      await run;
    } finally {
      this.compaction = null;
    }
  }

  private async writeSnapshot(): Promise<void> {
    const folded = this.uncompacted;
    const bytesBefore = this.bytes;
    const seq = this.seqs.contiguous;
    const snapshot = Y.encodeStateAsUpdate(this.committedDoc);
    this.uncompacted = 0;
    try {
      await this.deps.store.compact(this.boardId, snapshot, seq);
    } catch (error) {
      this.uncompacted += folded;
      throw error;
    }
    this.bytes = snapshot.byteLength + (this.bytes - bytesBefore);
    this.deps.log.debug({ boardId: this.boardId, bytes: snapshot.byteLength, seq }, 'compacted');
  }

  destroy(): void {
    this.clearCompactTimer();
    this.clearGapTimer();
    this.broken = true;
    if (this.awarenessTimer) clearTimeout(this.awarenessTimer);
    this.live?.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.live?.destroy();
    this.committedDoc.destroy();
  }

  /**
   * CommitOwner: this room's updates of one group commit are durable (with `seqs`); relay them
   * as one to this relay's connections and publish them once to the other relays.
   */
  committed(updates: Uint8Array[], seqs: number[]): void {
    if (this.broken) return;
    this.committedCount += updates.length;
    this.deps.metrics.updates.inc(updates.length);
    const update = updates.length === 1 ? (updates[0] as Uint8Array) : Y.mergeUpdates(updates);
    Y.applyUpdate(this.committedDoc, update, STORAGE_ORIGIN);
    this.committedStateChanged();
    const firstSeq = seqs[0] ?? 0;
    const seq = seqs[seqs.length - 1] ?? 0;
    this.seqs.add(firstSeq, seq);
    this.broadcast(encodeUpdate(update));
    this.watchForGap();
    this.deps.fanout.publish({ board: this.boardId, firstSeq, seq, relayId: this.deps.fanout.relayId, update });
    if (this.committedCount === this.enqueued) for (const run of this.waiters.splice(0)) run();
    if (this.localWaiters.length > 0) this.settleLocalWaiters();
    this.uncompacted += updates.length;
    this.scheduleCompaction();
  }

  /**
   * Applies what another relay committed and published (Fanout): delivered to this relay's
   * connections, never stored or published again. Our own messages and seqs this room already
   * has (e.g. included in its load) are dropped; Yjs ignores any content it already holds.
   */
  receive(message: FanoutMessage): void {
    if (this.broken || message.relayId === this.deps.fanout.relayId || this.seqs.covers(message.seq)) return;
    try {
      Y.applyUpdate(this.committedDoc, message.update, REMOTE_ORIGIN);
      if (this.live) Y.applyUpdate(this.live, message.update, REMOTE_ORIGIN);
    } catch (error) {
      this.deps.log.error({ err: error, boardId: this.boardId, seq: message.seq }, 'ignoring a malformed update from another relay');
      return;
    }
    this.committedStateChanged();
    this.seqs.add(message.firstSeq, message.seq);
    this.bytes += message.update.byteLength;
    this.broadcast(encodeUpdate(message.update));
    this.uncompacted += message.seq - message.firstSeq + 1;
    this.watchForGap();
    this.scheduleCompaction();
  }

  /**
   * Reads from the store every committed update after the seqs this room has without a hole
   * (a fan-out message was lost, or the fan-out reconnected) and delivers it like a remote one.
   * One read at a time; a request during one reads again after it.
   */
  fillGap(): Promise<void> {
    this.clearGapTimer();
    if (this.filling) {
      this.fillAgain = true;
      return this.filling;
    }
    const run = this.readGap().finally(() => {
      this.filling = null;
      if (this.fillAgain && !this.broken) {
        this.fillAgain = false;
        void this.fillGap();
      }
    });
    this.filling = run;
    return run;
  }

  private async readGap(): Promise<void> {
    if (this.broken) return;
    const since = this.seqs.contiguous;
    this.deps.metrics.gapFills.inc();
    let found;
    try {
      found = await this.deps.store.loadSince(this.boardId, since);
    } catch (error) {
      // The store is down: the health check closes writers; try again when the gap timer fires.
      this.deps.log.warn({ err: error, boardId: this.boardId, since }, 'gap fill failed; retrying');
      this.watchForGap(true);
      return;
    }
    if (!found || this.broken || found.seq <= since) return;
    const update = found.updates.length === 1 ? (found.updates[0] as Uint8Array) : Y.mergeUpdates(found.updates);
    Y.applyUpdate(this.committedDoc, update, REMOTE_ORIGIN);
    if (this.live) Y.applyUpdate(this.live, update, REMOTE_ORIGIN);
    this.committedStateChanged();
    this.seqs.add(since + 1, found.seq);
    this.bytes += found.bytes;
    this.broadcast(encodeUpdate(update));
    this.deps.log.debug({ boardId: this.boardId, from: since + 1, to: found.seq }, 'filled a gap from the store');
    this.scheduleCompaction();
  }

  /**
   * The periodic seq check (Rooms) read `seq` as the board's last committed seq. If the room
   * still lacks part of it after GAP_FILL_AFTER_MS (a batch of ours or a message in transit
   * normally lands well before), the last fan-out message was lost on a board that then went
   * quiet: read the rest from the store.
   */
  checkSeq(seq: number): void {
    if (seq <= this.seqs.contiguous || this.broken) return;
    this.storedSeq = Math.max(this.storedSeq, seq);
    this.watchForGap();
  }

  /** Whether the room lacks a committed update it knows of: a hole in its seqs, or seqs the store reported. */
  private get behind(): boolean {
    return this.seqs.hasGap || this.seqs.contiguous < this.storedSeq;
  }

  /** Applies another relay's presence change and passes it to this relay's connections (never re-published). */
  receiveAwareness(update: Uint8Array): void {
    if (this.broken) return;
    try {
      awarenessProtocol.applyAwarenessUpdate(this.awareness, update, REMOTE_ORIGIN);
    } catch (error) {
      this.deps.log.error({ err: error, boardId: this.boardId }, 'ignoring a malformed presence update from another relay');
    }
  }

  /** The board was deleted (through this relay, another one, or `roundtable delete`): every connection here closes with `boardDeleted`. */
  closeDeleted(): void {
    for (const connection of [...this.connections]) connection.close('boardDeleted', 'the board was deleted');
  }

  /** Another relay opened the board: tell it the presence of everyone connected here. */
  publishOwnPresence(): void {
    const ids = [...this.connections].flatMap((c) => [...c.awarenessIds]);
    if (ids.length > 0) this.deps.fanout.publishAwareness(this.boardId, awarenessProtocol.encodeAwarenessUpdate(this.awareness, ids));
  }

  /** A hole in the seqs (or seqs the store reported) still missing after GAP_FILL_AFTER_MS is read from the store. */
  private watchForGap(retry = false): void {
    if ((!retry && !this.behind) || this.gapTimer || this.broken) return;
    this.gapTimer = setTimeout(() => {
      this.gapTimer = null;
      if (retry || this.behind) void this.fillGap();
    }, GAP_FILL_AFTER_MS);
    this.gapTimer.unref();
  }

  private clearGapTimer(): void {
    if (this.gapTimer) clearTimeout(this.gapTimer);
    this.gapTimer = null;
  }

  /** CommitOwner: the store refused; close the board so clients resend from their own copy. */
  failed(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.deps.log.error({ err: error, boardId: this.boardId }, 'store commit failed; closing the board so clients resend');
    for (const connection of this.connections) connection.close('storeFailed', 'could not store the update');
    for (const waiter of this.localWaiters.splice(0)) waiter.reject(new Error('could not store the change'));
    this.deps.onBroken(this);
  }

  private settleLocalWaiters(): void {
    const waiting = this.localWaiters;
    this.localWaiters = [];
    for (const waiter of waiting) {
      if (this.committedCount >= waiter.target) waiter.resolve();
      else this.localWaiters.push(waiter);
    }
  }

  /**
   * The whole committed document as one Yjs update, encoded once per committed version: what a
   * page fetches over HTTP before it connects (GET /api/boards/:id/state), so it can apply the
   * board while its socket opens and its sync step 1 asks only for what came since.
   */
  fullState(): Uint8Array {
    this.fullStateUpdate ??= Y.encodeStateAsUpdate(this.committedDoc);
    return this.fullStateUpdate;
  }

  /** The committed document changed: the shared full-state encodings are stale. */
  private committedStateChanged(): void {
    this.fullStateReply = null;
    this.fullStateUpdate = null;
  }

  private replySyncStep2(connection: Connection, stateVector: Uint8Array): void {
    if (connection.isClosed) return;
    if (isEmptyStateVector(stateVector)) {
      this.fullStateReply ??= this.syncReply(undefined);
      connection.sendInOrder(this.fullStateReply);
      return;
    }
    let reply: Uint8Array[];
    try {
      reply = this.syncReply(stateVector);
    } catch {
      connection.close('malformed', 'malformed state vector');
      return;
    }
    connection.sendInOrder(reply);
  }

  /**
   * What a peer with `stateVector` lacks of the committed document: one sync step 2, or when
   * larger than SYNC_PART_BYTES, updates of about that size in causal order and then a sync
   * step 2 with the deletions (the client counts itself synced at the sync step 2).
   */
  private syncReply(stateVector: Uint8Array | undefined): Uint8Array[] {
    const update = stateVector ? Y.encodeStateAsUpdate(this.committedDoc, stateVector) : this.fullState();
    if (update.byteLength <= SYNC_PART_BYTES) return [encodeSyncStep2(update)];
    const parts = splitState(this.committedDoc, stateVector, SYNC_PART_BYTES);
    const deletions = parts.pop() as Uint8Array;
    this.deps.metrics.syncParts.inc(parts.length + 1);
    return [...parts.map((part) => encodeUpdate(part)), encodeSyncStep2(deletions)];
  }

  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN || origin === REMOTE_ORIGIN || this.broken) return;
    this.enqueued += 1;
    this.bytes += update.byteLength;
    this.deps.commit.enqueue(this, update);
  };

  private scheduleCompaction(): void {
    if (this.uncompacted < this.deps.compactAfter) return;
    const run = () => void this.compact().catch((error: unknown) => this.deps.log.error({ err: error, boardId: this.boardId }, 'compaction failed'));
    // A board that never rests is still compacted, so its log cannot grow without bound.
    if (this.uncompacted >= this.deps.compactAfter * 10) return run();
    this.clearCompactTimer();
    this.compactTimer = setTimeout(run, COMPACT_WHEN_QUIET_MS);
    this.compactTimer.unref();
  }

  private clearCompactTimer(): void {
    if (this.compactTimer) clearTimeout(this.compactTimer);
    this.compactTimer = null;
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    if (origin instanceof Connection) {
      for (const id of added) origin.awarenessIds.add(id);
      for (const id of removed) origin.awarenessIds.delete(id);
    }
    for (const id of added) this.pendingAwareness.add(id);
    for (const id of updated) this.pendingAwareness.add(id);
    for (const id of removed) this.pendingAwareness.add(id);
    // Changes made here (a connection, or its leaving) go to the other relays; theirs and
    // timeouts (every relay times out a silent client itself) do not come back.
    if (origin !== REMOTE_ORIGIN && origin !== 'timeout') for (const id of [...added, ...updated, ...removed]) this.pendingPublish.add(id);
    this.awarenessTimer ??= setTimeout(this.flushAwareness, AWARENESS_FLUSH_MS);
  };

  private readonly flushAwareness = (): void => {
    this.awarenessTimer = null;
    const changed = [...this.pendingAwareness];
    this.pendingAwareness.clear();
    if (changed.length > 0) this.broadcast(this.presenceMessage(changed));
    if (this.pendingPublish.size > 0) {
      const own = [...this.pendingPublish];
      this.pendingPublish.clear();
      this.deps.fanout.publishAwareness(this.boardId, awarenessProtocol.encodeAwarenessUpdate(this.awareness, own));
    }
  };

  /** One awareness message with the current presence (or its removal) of `clientIds`. */
  private presenceMessage(clientIds: number[]): Uint8Array {
    return encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, clientIds));
  }
}
