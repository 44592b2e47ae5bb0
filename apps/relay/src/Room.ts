/**
 * One loaded board: its Y.Doc and awareness, the connections on it, and the ordering rule
 * that makes the relay durable: a document update is committed to the store (group commit)
 * before it is relayed to anyone, sync replies wait for pending commits, and a stored board
 * is fully loaded before a connection joins.
 */
import type { Logger } from 'pino';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { Connection, type MessageSink } from './Connection.js';
import type { GroupCommit } from './GroupCommit.js';
import type { Metrics } from './metrics.js';
import { encodeAwareness, encodeSyncStep1, encodeSyncStep2, encodeUpdate, type ClientMessage } from '@roundtable/protocol';
import type { BoardStore, StoredBoard } from './store/BoardStore.js';

/** Origin of updates applied while loading from the store: not committed again. */
export const STORAGE_ORIGIN = Symbol('storage');

export interface RoomDeps {
  store: BoardStore;
  commit: GroupCommit;
  metrics: Metrics;
  log: Logger;
  maxBoardBytes: number;
  compactAfter: number;
  /** Called once when the room can no longer be used (store failure). */
  onBroken: (room: Room) => void;
}

export class Room implements MessageSink {
  readonly doc = new Y.Doc();
  readonly awareness = new awarenessProtocol.Awareness(this.doc);
  readonly connections = new Set<Connection>();
  private bytes: number;
  private enqueued = 0;
  private committed = 0;
  private uncompacted = 0;
  private waiters: { seq: number; run: () => void }[] = [];
  private broken = false;

  constructor(
    readonly boardId: string,
    stored: StoredBoard,
    private readonly deps: RoomDeps,
  ) {
    this.bytes = stored.bytes;
    this.uncompacted = stored.updates.length - 1;
    this.doc.transact(() => {
      for (const update of stored.updates) Y.applyUpdate(this.doc, update);
    }, STORAGE_ORIGIN);
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onDocUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
  }

  /** Adds a connection and starts the sync: our state vector, then everyone's presence. */
  join(connection: Connection): void {
    this.connections.add(connection);
    connection.send(encodeSyncStep1(Y.encodeStateVector(this.doc)));
    if (this.awareness.getStates().size > 0) {
      connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
    }
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
        this.afterCommits(() => {
          if (connection.isClosed) return;
          let reply: Uint8Array;
          try {
            reply = encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector));
          } catch {
            connection.close('malformed', 'malformed state vector');
            return;
          }
          connection.send(reply);
        });
        return;
      case 'update':
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
          awarenessProtocol.applyAwarenessUpdate(this.awareness, message.update, connection);
        } catch {
          connection.close('malformed', 'malformed awareness update');
        }
        return;
      case 'queryAwareness':
        connection.send(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, [...this.awareness.getStates().keys()])));
        return;
    }
  }

  /** Runs `fn` once every update received so far is committed. */
  afterCommits(fn: () => void): void {
    if (this.committed === this.enqueued) fn();
    else this.waiters.push({ seq: this.enqueued, run: fn });
  }

  /** Compacts the update log into one snapshot (only when no commit is in flight). */
  async compact(): Promise<void> {
    if (this.broken || this.uncompacted === 0 || this.committed !== this.enqueued) return;
    this.uncompacted = 0;
    const snapshot = Y.encodeStateAsUpdate(this.doc);
    await this.deps.store.compact(this.boardId, snapshot);
    this.bytes = snapshot.byteLength;
    this.deps.log.debug({ boardId: this.boardId, bytes: snapshot.byteLength }, 'compacted');
  }

  destroy(): void {
    this.doc.off('update', this.onDocUpdate);
    this.awareness.off('update', this.onAwarenessUpdate);
    this.awareness.destroy();
    this.doc.destroy();
  }

  private broadcast(message: Uint8Array): void {
    for (const connection of this.connections) connection.send(message);
  }

  private readonly onDocUpdate = (update: Uint8Array, origin: unknown): void => {
    if (origin === STORAGE_ORIGIN || this.broken) return;
    const seq = ++this.enqueued;
    this.bytes += update.byteLength;
    this.deps.commit.enqueue(
      this.boardId,
      update,
      () => this.onCommitted(seq, update),
      (error) => this.onCommitFailed(error),
    );
  };

  private onCommitted(seq: number, update: Uint8Array): void {
    this.committed = seq;
    this.deps.metrics.updates.inc();
    this.broadcast(encodeUpdate(update));
    while (this.waiters.length > 0 && (this.waiters[0]?.seq ?? Infinity) <= seq) this.waiters.shift()?.run();
    if (++this.uncompacted >= this.deps.compactAfter && this.committed === this.enqueued) {
      void this.compact().catch((error: unknown) => this.deps.log.error({ err: error, boardId: this.boardId }, 'compaction failed'));
    }
  }

  private onCommitFailed(error: unknown): void {
    if (this.broken) return;
    this.broken = true;
    this.deps.log.error({ err: error, boardId: this.boardId }, 'store commit failed; closing the board so clients resend');
    for (const connection of this.connections) connection.close('storeFailed', 'could not store the update');
    this.deps.onBroken(this);
  }

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = added.concat(updated, removed);
    if (origin instanceof Connection) {
      const ids = origin.awarenessIds;
      for (const id of added) ids.add(id);
      for (const id of removed) ids.delete(id);
    }
    this.broadcast(encodeAwareness(awarenessProtocol.encodeAwarenessUpdate(this.awareness, changed)));
  };
}
