/**
 * The fan-out of a relay that is alone with its store (the SQLite default): no other relay
 * exists, so there is nobody to publish to and nothing to receive. Rooms deliver to their own
 * connections themselves.
 */
import { randomUUID } from 'node:crypto';
import type { Fanout, FanoutSubscription } from './Fanout.js';

const NO_SUBSCRIPTION: FanoutSubscription = { unsubscribe: async () => undefined };

export class LocalFanout implements Fanout {
  readonly relayId = randomUUID();
  readonly ready = true;

  publish(): void {
    // No other relay to tell.
  }

  publishAwareness(): void {
    // No other relay to tell.
  }

  queryPresence(): void {
    // No other relay to ask.
  }

  publishDeleted(): void {
    // No other relay to tell.
  }

  async subscribe(): Promise<FanoutSubscription> {
    return NO_SUBSCRIPTION;
  }

  async close(): Promise<void> {
    // Nothing open.
  }
}
