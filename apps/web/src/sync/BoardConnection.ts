/**
 * One open board: its Y.Doc, the y-websocket provider (relay), y-indexeddb (device copy),
 * awareness (presence), the local undo manager and the relay clock (shared timers). The only module that wires network and
 * storage to the document; components talk to it through hooks.
 */
import { createUndoManager, migrate } from '@roundtable/model';
import { presenceState, reconnectDelayMs, shouldRetryClose, type PresenceUser } from '@roundtable/protocol';
import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { deviceStorage, readJson, removeKey, writeJson } from '../storage/localJson.js';
import { outcomeForClose } from './closeCodes.js';
import { RelayClock } from './relayClock.js';
import { takePrefetchedState } from './statePrefetch.js';
import { whenIdle } from '../whenIdle.js';
import { INITIAL_STATUS, afterLocalChange, afterSync, isLocalChange, type ConnectionStatus } from './connectionStatus.js';

/** Options for opening a board. */
export interface BoardConnectionOptions {
  boardId: string;
  token: string;
  /** Base of the sync URL; defaults to this page's host. */
  serverUrl?: string;
}

const unsyncedKey = (boardId: string) => `roundtable.unsynced.${boardId}`;

/** The device copy opens at the latest this long after a board that came fresh from the relay. */
const PERSISTENCE_IDLE_TIMEOUT_MS = 2000;

/** Origin of the board's state fetched over HTTP as the page started (statePrefetch.ts): not this device's change. */
export const PREFETCH_ORIGIN = Symbol('prefetched state');

/** The default sync URL: same host as the page, ws or wss to match http or https. */
export function defaultSyncUrl(): string {
  const protocol = window.location.protocol === 'https:' ? 'wss' : 'ws';
  return `${protocol}://${window.location.host}/sync`;
}

/** A board's document kept in sync with the relay and the device. Call `destroy()` when leaving. */
export class BoardConnection {
  readonly doc = new Y.Doc();
  readonly boardId: string;
  readonly awareness: Awareness;
  /** The model's per-member undo manager (LocalOrigin only, one operation per step). */
  readonly undoManager: Y.UndoManager;
  /** Relay-corrected time: `clock.now()` is what timer operations and displays use. */
  readonly clock: RelayClock;
  private readonly provider: WebsocketProvider;
  /** The device copy (y-indexeddb); opened when the browser is idle when the board came fresh from the relay. */
  private persistence: IndexeddbPersistence | null;
  private cancelDeferredPersistence: (() => void) | null = null;
  /** Origins of updates that are not this device's changes: the relay provider, the device store, the prefetched state. */
  private readonly external: Set<unknown>;
  private status: ConnectionStatus;
  private readonly listeners = new Set<() => void>();
  private readonly storage = deviceStorage();
  /** The jittered reconnect waiting to run, and the closes since the last sync (its backoff). */
  private retryTimer: ReturnType<typeof setTimeout> | null = null;
  private failures = 0;

  constructor(options: BoardConnectionOptions) {
    this.boardId = options.boardId;
    const stored = readJson(this.storage, unsyncedKey(options.boardId));
    this.status = {
      ...INITIAL_STATUS,
      unsynced: typeof stored === 'number' && stored > 0 ? stored : 0,
      offline: typeof navigator !== 'undefined' && navigator.onLine === false,
    };
    this.undoManager = createUndoManager(this.doc);
    this.clock = new RelayClock();
    this.clock.start();

    // The board's state fetched as the page started (statePrefetch.ts). When it is already
    // here it goes in first, before anything listens to the document's updates: Yjs then does
    // not re-encode the whole board for them, and the device copy (IndexedDB, which stores the
    // board whole when it opens) waits for the browser to be idle, after the first render.
    const prefetched = takePrefetchedState(options.boardId);
    const fresh = prefetched !== null && this.applyState(prefetched);
    this.persistence = fresh ? null : this.openPersistence();
    this.provider = new WebsocketProvider(options.serverUrl ?? defaultSyncUrl(), options.boardId, this.doc, {
      params: { token: options.token },
      // The shared close-code table decides, so a final close (4413: board over its size limit)
      // stops here exactly as it would in the stock client, and a passing one (4529) retries.
      shouldReconnect: (event) => shouldRetryClose(event.code),
      // Tabs of one board sync through the relay (and share the device copy). y-websocket's
      // BroadcastChannel would encode the whole board at every connect to offer it to them.
      disableBc: true,
    });
    // The device copy loads asynchronously, so no update has arrived before this listener.
    this.external = new Set<unknown>([this.provider, this.persistence, PREFETCH_ORIGIN].filter((o) => o !== null));
    if (fresh) this.cancelDeferredPersistence = whenIdle(this.openPersistenceLater, PERSISTENCE_IDLE_TIMEOUT_MS, PERSISTENCE_IDLE_TIMEOUT_MS);
    this.doc.on('update', this.onUpdate);
    this.awareness = this.provider.awareness;
    this.provider.on('status', ({ status }) => {
      if (status === 'connected') this.setStatus({ ...this.status, connected: true });
      else if (status === 'disconnected') this.setStatus({ ...this.status, connected: false, synced: false, offline: true });
    });
    this.provider.on('connection-close', (event) => {
      const outcome = event ? outcomeForClose(event.code) : { kind: 'retry' as const };
      this.setStatus({
        ...this.status,
        connected: false,
        synced: false,
        offline: true,
        problem: outcome.kind === 'problem' ? outcome.problem : this.status.problem,
        stopped: outcome.kind === 'stopped' ? outcome.message : this.status.stopped,
      });
      if (outcome.kind === 'retry') this.retryWithJitter();
    });
    this.provider.on('sync', (synced) => {
      if (synced) this.failures = 0;
      this.setStatus(afterSync(this.status, synced));
      if (synced) removeKey(this.storage, unsyncedKey(this.boardId));
      // After the relay's state is in (the relay migrates on load, so this is normally a no-op); never on the device copy alone.
      if (synced) migrate(this.doc);
    });
    window.addEventListener('offline', this.onBrowserOffline);
    window.addEventListener('online', this.onBrowserOnline);
  }

  /**
   * Applies the state fetched as the page started, before the socket opens: the sync step 1
   * then carries its state vector, and the relay sends only what came since. False when it is
   * not a Yjs update (a proxy's page?): the sync brings the board all the same.
   */
  private applyState(state: Uint8Array): boolean {
    try {
      Y.applyUpdate(this.doc, state, PREFETCH_ORIGIN);
    } catch {
      return false;
    }
    // The relay's committed board is in: as good as the device copy for what waits on `loaded`.
    this.setStatus({ ...this.status, loaded: true });
    return true;
  }

  private readonly openPersistenceLater = (): void => {
    this.cancelDeferredPersistence = null;
    this.persistence = this.openPersistence();
    if (this.persistence) this.external.add(this.persistence);
  };

  private openPersistence(): IndexeddbPersistence | null {
    try {
      const persistence = new IndexeddbPersistence(this.boardId, this.doc);
      void persistence.whenSynced.then(() => this.setStatus({ ...this.status, loaded: true }));
      return persistence;
    } catch {
      // No IndexedDB (privacy mode): the board still works online, just not offline.
      return null;
    }
  }

  // Counted by exclusion: an editor binding writes under its own origin and must count too.
  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (!isLocalChange(origin, this.external)) return;
    const next = afterLocalChange(this.status);
    if (next === this.status) return;
    this.setStatus(next);
    writeJson(this.storage, unsyncedKey(this.boardId), next.unsynced);
  };

  // The browser knows before the socket does (a dead socket takes y-websocket ~30 s to notice).
  private readonly onBrowserOffline = (): void => {
    this.clearRetry();
    this.provider.disconnect();
    this.setStatus({ ...this.status, connected: false, synced: false, offline: true });
  };

  private readonly onBrowserOnline = (): void => {
    this.clearRetry();
    if (!this.status.problem && !this.status.stopped) this.provider.connect();
  };

  /**
   * Reconnects after a jittered delay (protocol's `reconnectDelayMs`) instead of y-websocket's
   * fixed 100 ms × 2^n, so everyone a relay restart dropped does not come back at one instant.
   * The provider's own retry, scheduled right after the close, finds `shouldConnect` false and
   * does nothing. A deliberate disconnect (offline, destroy) has already cleared it: no retry.
   */
  private retryWithJitter(): void {
    if (!this.provider.shouldConnect) return;
    this.provider.shouldConnect = false;
    this.clearRetry();
    this.retryTimer = setTimeout(() => {
      this.retryTimer = null;
      this.provider.connect();
    }, reconnectDelayMs(this.failures++));
  }

  private clearRetry(): void {
    if (this.retryTimer !== null) clearTimeout(this.retryTimer);
    this.retryTimer = null;
  }

  private setStatus(next: ConnectionStatus): void {
    this.status = next;
    for (const listener of this.listeners) listener();
  }

  /** The current status object; a new object only when something changed. */
  readonly getStatus = (): ConnectionStatus => this.status;

  /** Subscribes to status changes (for useSyncExternalStore). */
  readonly subscribeStatus = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /**
   * True for an update the relay forwarded while this device was connected and synced: someone's
   * edit arriving live. Catch-up after (re)connecting (the sync step applied before `synced`) and
   * the device's own store are not live (see store/VisitStore.ts).
   */
  readonly isLiveRemote = (origin: unknown): boolean => origin === this.provider && this.provider.synced;

  /** True for this device's own writes: not from the relay or IndexedDB (`isLocalChange`, as the unsynced count). */
  readonly isLocal = (origin: unknown): boolean => isLocalChange(origin, this.external);

  /** Publishes who this device is and which section it looks at. */
  setPresence(user: Omit<PresenceUser, 'colorLight'>, sectionId: string | null): void {
    this.awareness.setLocalState(presenceState(user, sectionId));
  }

  /** Retries the relay now (e.g. after the user clicks "Retry"). */
  reconnect(): void {
    this.clearRetry();
    this.provider.connect();
  }

  /** Closes the socket, the device store and the document. */
  destroy(): void {
    this.cancelDeferredPersistence?.();
    window.removeEventListener('offline', this.onBrowserOffline);
    window.removeEventListener('online', this.onBrowserOnline);
    this.clearRetry();
    this.listeners.clear();
    this.clock.stop();
    this.awareness.setLocalState(null);
    this.provider.destroy();
    void this.persistence?.destroy();
    this.undoManager.destroy();
    this.doc.destroy();
  }
}
