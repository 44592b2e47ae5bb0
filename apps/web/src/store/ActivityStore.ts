/**
 * A board's last activity as this device knows it, for the home page's recent boards: the newest
 * time the document records (log records, members' visits, and every card, vote, ballot,
 * endorsement, decision and commitment with its time: the model's `selectChangesSince` with
 * nothing seen) and the moment this device last saw a change happen: its own writes (typing in
 * the purpose included, which keeps no time) and updates the relay forwarded live.
 *
 * Catch-up updates (opening, reconnecting) are not stamped with their arrival: an edit made
 * offline hours ago would read as "active now"; they count only by the times they carry.
 */
import { selectChangesSince, selectLog, selectMembers } from '@roundtable/model';
import type * as Y from 'yjs';
import { whenIdle } from '../whenIdle.js';

export interface ActivityStoreOptions {
  /** True for this device's own writes (BoardConnection.isLocal). */
  isLocal: (origin: unknown) => boolean;
  /** True for an update forwarded live by the relay (BoardConnection.isLiveRemote). */
  isLive: (origin: unknown) => boolean;
  /** Relay-corrected now. */
  now: () => number;
  /** How long to coalesce updates before re-reading the document (ms). */
  delayMs?: number;
}

const NEVER = () => false;

/** The newest time the document records, or null for a board with none. */
export function documentActivity(doc: Y.Doc): number | null {
  let latest = -Infinity;
  for (const entry of selectLog(doc)) if (entry.at > latest) latest = entry.at;
  for (const member of selectMembers(doc)) if (member.lastSeen !== null && member.lastSeen > latest) latest = member.lastSeen;
  for (const change of selectChangesSince(doc, NEVER, null)) if (change.at !== null && change.at > latest) latest = change.at;
  return Number.isFinite(latest) ? latest : null;
}

/** A plain external store (subscribe / get) of one board's last activity. */
export class ActivityStore {
  /** Null until the first read (and for a board with no time at all). */
  private value: number | null = null;
  private witnessed = -Infinity;
  private timer: ReturnType<typeof setTimeout> | null = null;
  /** Cancels the flush waiting for an idle moment (the timer has fired by then). */
  private cancelIdle: (() => void) | null = null;
  private readonly listeners = new Set<() => void>();

  /** The first read of the document waits for an idle moment too: it opens with the board, whose first render comes first. */
  constructor(
    private readonly doc: Y.Doc,
    private readonly options: ActivityStoreOptions,
  ) {
    this.cancelIdle = whenIdle(this.flush, 2000);
    doc.on('update', this.onUpdate);
  }

  private readonly onUpdate = (_update: Uint8Array, origin: unknown): void => {
    if (this.options.isLocal(origin) || this.options.isLive(origin)) this.witnessed = this.options.now();
    if (this.timer === null && this.cancelIdle === null) this.timer = setTimeout(this.afterDelay, this.options.delayMs ?? 500);
  };

  // Reading every dated item of a large board is not urgent (it feeds the recent boards' "Active
  // 2 min ago"): after the delay, wait for an idle moment, so it never lands inside a first render.
  private readonly afterDelay = (): void => {
    this.cancelIdle = whenIdle(this.flush, 2000);
  };

  private readonly flush = (): void => {
    this.cancelIdle = null;
    this.timer = null;
    const recorded = documentActivity(this.doc);
    const latest = Math.max(recorded ?? -Infinity, this.witnessed);
    const next = Number.isFinite(latest) ? latest : null;
    if (next === this.value) return;
    this.value = next;
    for (const listener of this.listeners) listener();
  };

  /** The last activity (relay time), or null when nothing on the board carries a time yet. */
  readonly get = (): number | null => this.value;

  /** Subscribes to changes of the last activity. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** Stops listening to the document. */
  destroy(): void {
    this.cancelIdle?.();
    this.doc.off('update', this.onUpdate);
    if (this.timer !== null) clearTimeout(this.timer);
    this.timer = null;
    this.listeners.clear();
  }
}

/** An activity store on an open board (the caller destroys it). */
export function openActivityStore(connection: { doc: Y.Doc; isLocal: (origin: unknown) => boolean; isLiveRemote: (origin: unknown) => boolean; clock: { now: () => number } }): ActivityStore {
  return new ActivityStore(connection.doc, { isLocal: connection.isLocal, isLive: connection.isLiveRemote, now: () => connection.clock.now() });
}
