/**
 * Who is here, from y-websocket awareness. Remote awareness states are untrusted input:
 * each is validated, and one person with several tabs shows up once.
 */
import { parsePresence } from '@roundtable/protocol';
import type { Awareness } from 'y-protocols/awareness';
import { reuseArray } from './shallowEqual.js';

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

/** A stable snapshot of presence for `useSyncExternalStore`. */
export class PresenceStore {
  private peers: readonly PresencePeer[] = [];
  private readonly listeners = new Set<() => void>();
  private readonly viewers = new Map<string, { peers: readonly PresencePeer[]; value: readonly PresencePeer[] }>();
  /** When each member was last present (device clock), for "away" badges. */
  private readonly seen = new Map<string, number>();

  constructor(
    private readonly awareness: Awareness,
    private readonly now: () => number = Date.now,
  ) {
    this.refresh();
    awareness.on('change', this.onChange);
  }

  private readonly onChange = (): void => {
    if (!this.refresh()) return;
    for (const listener of [...this.listeners]) listener();
  };

  private refresh(): boolean {
    const next = reuseArray(this.peers, peersFromStates(this.awareness.getStates(), this.awareness.clientID), (p) => p.memberId);
    const now = this.now();
    // Present now, or present until this change (they just left): both were seen now.
    for (const p of this.peers) this.seen.set(p.memberId, now);
    for (const p of next) this.seen.set(p.memberId, now);
    const changed = next !== this.peers;
    this.peers = next;
    return changed;
  }

  /** Subscribes to changes of the peer list. */
  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  /** People looking at `sectionId`; the same array until that set of people changes. */
  getViewers(sectionId: string): readonly PresencePeer[] {
    const slot = this.viewers.get(sectionId);
    if (slot && slot.peers === this.peers) return slot.value;
    const next = reuseArray(slot?.value, this.peers.filter((p) => p.sectionId === sectionId), (p) => p.memberId);
    this.viewers.set(sectionId, { peers: this.peers, value: next });
    return next;
  }

  /**
   * When `memberId` was last present on this board as far as this device saw (device clock):
   * now while they are here, the moment they left otherwise, null when never seen.
   */
  lastSeenOf(memberId: string): number | null {
    if (this.peers.some((p) => p.memberId === memberId)) return this.now();
    return this.seen.get(memberId) ?? null;
  }

  /** Stops listening to awareness. */
  destroy(): void {
    this.awareness.off('change', this.onChange);
    this.listeners.clear();
  }

  /** Everyone present, self first. Same array until someone joins, leaves, renames or moves. */
  readonly getPeers = (): readonly PresencePeer[] => this.peers;
}
