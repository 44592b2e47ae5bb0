/**
 * The fan-out seam (CONVENTIONS §14): how relays that serve the same board tell each other
 * about committed updates. One relay needs nothing (`LocalFanout`); a Redis fan-out (DESIGN §5)
 * implements the same interface. Rooms see only this:
 *   - after a batch of a board's updates is committed, the room delivers it to its own
 *     connections and publishes it once;
 *   - opening a board subscribes first, then loads, then applies what arrived meanwhile,
 *     dropping what the load already included (by seq);
 *   - a room applies what other relays publish (never its own: same `relayId`) without
 *     storing or publishing it again.
 */

/** One committed batch of one board's updates. */
export interface FanoutMessage {
  /** The board id. */
  board: string;
  /** The seq of the last update merged into `update`. */
  seq: number;
  /** The seq of the first update merged into `update` (equal to `seq` for a single update). */
  firstSeq: number;
  /** The publishing relay, so it can skip its own message. */
  relayId: string;
  /** The updates firstSeq..seq, merged into one Yjs update. */
  update: Uint8Array;
}

/** Receives another relay's messages for one board. */
export type FanoutHandler = (message: FanoutMessage) => void;

/** What a subscriber hears about one board besides committed updates. */
export interface FanoutEvents {
  /** Another relay's presence change (an encoded y-protocols awareness update). Never stored. */
  awareness?(update: Uint8Array): void;
  /** Another relay opened the board and asks for the presence of everyone connected here. */
  presenceQuery?(): void;
  /** Messages may have been lost (the fan-out reconnected, live again): fill from the store by seq. */
  resync?(): void;
  /** Another relay deleted the board: close its connections here (they would learn only at their next write). */
  deleted?(): void;
}

/** An active subscription to one board. */
export interface FanoutSubscription {
  unsubscribe(): Promise<void>;
}

export interface Fanout {
  /** This relay's id, unique among the relays sharing a store. */
  readonly relayId: string;
  /**
   * Tells the other relays about committed updates. Called only after the commit; never
   * throws (a message lost in transit is for the receiver to fill from the store by seq).
   */
  publish(message: FanoutMessage): void;
  /** Starts receiving `board`'s messages; resolves once the subscription is live. */
  subscribe(board: string, handler: FanoutHandler, events?: FanoutEvents): Promise<FanoutSubscription>;
  /** Tells the other relays about a presence change on `board` (fire and forget, never throws). */
  publishAwareness(board: string, update: Uint8Array): void;
  /** Asks the other relays for the presence of everyone connected to `board` there. */
  queryPresence(board: string): void;
  /** Tells the other relays `board` was deleted (after the store removed it; fire and forget, never throws). */
  publishDeleted(board: string): void;
  /** Whether messages can flow now (readiness); a LocalFanout always can. */
  readonly ready: boolean;
  /** Ends every subscription (shutdown). */
  close(): Promise<void>;
}
