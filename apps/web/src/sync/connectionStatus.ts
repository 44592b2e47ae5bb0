/**
 * The connection badge's state, as pure data so the rules are testable without a socket.
 * "Unsynced changes" counts local updates made while the provider was not connected and
 * synced; it resets when a sync with the relay completes (the simplest honest measure:
 * y-websocket has no per-update acknowledgement).
 *
 * What is local is decided by exclusion (`isLocalChange`): every document update that did
 * not come from the relay provider or the device store. Named operations carry a
 * `LocalOrigin`, the undo manager its own instance, a text-editor binding (y-codemirror's
 * `YSyncConfig`, or any later one) whatever object it chose: all of them are this person's
 * changes and all of them count.
 */
import { isLocalOrigin, type OperationName } from '@roundtable/model';
import type { BoardProblem } from './closeCodes.js';

/** Everything the badge and the board page need to know about the connection. */
export interface ConnectionStatus {
  /** The socket is open. */
  connected: boolean;
  /** The relay's state has been received on the current socket. */
  synced: boolean;
  /** A connection attempt failed or dropped since the page opened (or the browser is offline). */
  offline: boolean;
  /** Local changes made since the last completed sync. */
  unsynced: number;
  /** The local copy (IndexedDB) or the relay has delivered the document. */
  loaded: boolean;
  /** A terminal problem (bad token, unknown board): stop and explain. */
  problem: BoardProblem | null;
  /**
   * Syncing stopped for good after a final close that is not a link problem (e.g. the board is
   * over its size limit): the sentence to show. The board stays readable; nothing reconnects.
   */
  stopped: string | null;
}

/** The state before anything happened. */
export const INITIAL_STATUS: ConnectionStatus = {
  connected: false,
  synced: false,
  offline: false,
  unsynced: 0,
  loaded: false,
  problem: null,
  stopped: null,
};

/** What the badge shows. */
export type BadgeKind = 'online' | 'syncing' | 'offline' | 'stopped';

/** What the badge says: its kind, a short label and, where it matters, a detail. */
export interface Badge {
  kind: BadgeKind;
  label: string;
  /** Said after the label (narrow screens: in the tooltip and to screen readers only). */
  detail?: string;
}

/** Offline on a non-secure origin: no service worker, so a reload has nothing to start from. */
export const RELOAD_NEEDS_CONNECTION = 'reloading needs a connection on this address';

/**
 * Badge kind and label for a status. `secure` is `window.isSecureContext`: on plain http from
 * a LAN address the browser runs no service worker, so an offline reload cannot work, and the
 * offline badge says so instead of letting a reload fail silently.
 */
export function badgeFor(status: ConnectionStatus, secure = true): Badge {
  if (status.stopped !== null) return { kind: 'stopped', label: 'Not syncing' };
  if (status.connected && status.synced) return { kind: 'online', label: 'Online' };
  if (status.offline && !status.connected) {
    const n = status.unsynced;
    const label = n === 0 ? 'Offline' : `Offline · ${n} unsynced ${n === 1 ? 'change' : 'changes'}`;
    return secure ? { kind: 'offline', label } : { kind: 'offline', label, detail: RELOAD_NEEDS_CONNECTION };
  }
  return { kind: 'syncing', label: 'Syncing…' };
}

/** Operations that are bookkeeping, not a change the person made (registering, migrating). */
const BOOKKEEPING: ReadonlySet<OperationName> = new Set(['upsertMember', 'migrate']);

/**
 * True when a document update with `origin` is a change made on this device: anything except
 * the `external` origins (the relay provider and the device store, whose updates are other
 * people's changes or this device's old ones) and bookkeeping operations.
 */
export function isLocalChange(origin: unknown, external: ReadonlySet<unknown>): boolean {
  if (external.has(origin)) return false;
  return !(isLocalOrigin(origin) && BOOKKEEPING.has(origin.operation));
}

/** The next status after a local change: counted unless it went straight to a synced relay. */
export function afterLocalChange(status: ConnectionStatus): ConnectionStatus {
  if (status.connected && status.synced) return status;
  return { ...status, unsynced: status.unsynced + 1 };
}

/** The next status after the provider reports its sync state. */
export function afterSync(status: ConnectionStatus, synced: boolean): ConnectionStatus {
  if (!synced) return { ...status, synced: false };
  return { ...status, synced: true, connected: true, offline: false, unsynced: 0, loaded: true };
}
