/**
 * Who is here, from y-websocket awareness. Remote awareness states are untrusted input:
 * each is validated, and one person with several tabs shows up once.
 */
import { parsePresence } from '@roundtable/protocol';
import type { Awareness } from 'y-protocols/awareness';
import { KeyedListeners, runBatch, type Batch } from './KeyedListeners.js';
import { reuseArray } from './shallowEqual.js';
import { reportRead, type Source } from './tracking.js';

/** One person present on the board. */
export interface PresencePeer {
  memberId: string;
  name: string;
  color: string;
  /** The section they look at, or null. */
  sectionId: string | null;
  /** This device. */
  isSelf: boolean;
}

/** Reads one awareness state (the protocol's presence schema); null when it does not describe a user. */
export function readPresence(state: unknown, isSelf: boolean): PresencePeer | null {
  const presence = parsePresence(state);
  return presence && { ...presence.user, sectionId: presence.sectionId, isSelf };
}

/**
 * Peers from a map of awareness states: self first, then by name; one entry per member
 * (self wins, otherwise the highest client id, i.e. usually the newest tab).
 */
export function peersFromStates(states: ReadonlyMap<number, unknown>, selfClientId: number): PresencePeer[] {
  const byMember = new Map<string, { peer: PresencePeer; clientId: number }>();
  for (const [clientId, state] of states) {
    const peer = readPresence(state, clientId === selfClientId);
    if (!peer) continue;
    const existing = byMember.get(peer.memberId);
    const wins = !existing || peer.isSelf || (!existing.peer.isSelf && clientId > existing.clientId);
    if (wins) byMember.set(peer.memberId, { peer, clientId });
  }
  return [...byMember.values()]
    .map((e) => e.peer)
    .sort((a, b) => Number(b.isSelf) - Number(a.isSelf) || a.name.localeCompare(b.name) || (a.memberId < b.memberId ? -1 : 1));
}

const PEERS = 'peers';
const viewersKey = (sectionId: string) => `viewers:${sectionId}`;
const memberKey = (memberId: string) => `member:${memberId}`;
const NO_PEERS: readonly PresencePeer[] = Object.freeze([]);

/**
 * Presence with notifications routed by key: the peer list (`getPeers`), the viewers of one
 * section (`getViewers(sectionId)`, an index by section kept incrementally per awareness
 * change) and one member's presence (`isPresent(memberId)`). Moving from section A to B wakes
 * the readers of A's and B's viewers and of that member, not every row of the agenda.
 */
export class PresenceStore implements Source {
  private peers: readonly PresencePeer[] = NO_PEERS;
  private readonly listeners = new KeyedListeners();
  /** Viewers by section id; an entry's array stays identical until that set of people changes. */
  private viewers = new Map<string, readonly PresencePeer[]>();
  private byMember = new Map<string, PresencePeer>();
  /** When each member was last present (this store's clock), for "away" badges. */
  private readonly seen = new Map<string, number>();

  /** `now` is the clock "last seen" is measured on: pass the relay clock so it compares with the document's times. */
  constructor(
    private readonly awareness: Awareness,
    private readonly now: () => number = Date.now,
  ) {
    this.refresh(new Set());
    awareness.on('change', this.onChange);
  }

  private readonly onChange = (): void => {
    const batch: Batch = new Set();
    this.refresh(batch);
    runBatch(batch);
  };

  /** Re-reads awareness; adds the listeners of what changed to `batch`. */
  private refresh(batch: Batch): void {
    const next = reuseArray(this.peers, peersFromStates(this.awareness.getStates(), this.awareness.clientID), (p) => p.memberId);
    const now = this.now();
    // Present now, or present until this change (they just left): both were seen now.
    for (const p of this.peers) this.seen.set(p.memberId, now);
    for (const p of next) this.seen.set(p.memberId, now);
    if (next === this.peers) return;

    const byMember = new Map(next.map((p) => [p.memberId, p] as const));
    for (const id of new Set([...this.byMember.keys(), ...byMember.keys()])) {
      if (this.byMember.get(id) !== byMember.get(id)) this.listeners.collect(memberKey(id), batch);
    }
    const grouped = new Map<string, PresencePeer[]>();
    for (const p of next) {
      if (p.sectionId === null) continue;
      const list = grouped.get(p.sectionId);
      if (list) list.push(p);
      else grouped.set(p.sectionId, [p]);
    }
    const viewers = new Map<string, readonly PresencePeer[]>();
    for (const id of new Set([...this.viewers.keys(), ...grouped.keys()])) {
      const before = this.viewers.get(id);
      const after = grouped.get(id);
      const value = after ? reuseArray(before, after, (p) => p.memberId) : undefined;
      if (value) viewers.set(id, value);
      if (value !== before) this.listeners.collect(viewersKey(id), batch);
    }
    this.peers = next;
    this.byMember = byMember;
    this.viewers = viewers;
    this.listeners.collect(PEERS, batch);
  }

  /** Calls `listener` when `key` changes (keys come from the tracked getters below). */
  subscribe(key: string, listener: () => void): () => void {
    return this.listeners.subscribe(key, listener);
  }

  /** Listener count of `key` (tests). */
  listenerCount(key: string): number {
    return this.listeners.count(key);
  }

  /** People looking at `sectionId`; the same array until that set of people changes (tracked per section). */
  getViewers(sectionId: string): readonly PresencePeer[] {
    reportRead(this, viewersKey(sectionId));
    return this.viewers.get(sectionId) ?? NO_PEERS;
  }

  /** True while `memberId` is on the board (tracked per member). */
  isPresent(memberId: string): boolean {
    reportRead(this, memberKey(memberId));
    return this.byMember.has(memberId);
  }

  /**
   * When `memberId` was last present on this board as far as this device saw: now while they
   * are here, the moment they left otherwise, null when never seen (tracked per member).
   */
  lastSeenOf(memberId: string): number | null {
    if (this.isPresent(memberId)) return this.now();
    return this.seen.get(memberId) ?? null;
  }

  /** Stops listening to awareness. */
  destroy(): void {
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  /** Everyone present, self first. Same array until someone joins, leaves, renames or moves (tracked). */
  getPeers(): readonly PresencePeer[] {
    reportRead(this, PEERS);
    return this.peers;
  }
}
