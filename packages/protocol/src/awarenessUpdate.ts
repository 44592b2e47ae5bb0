/**
 * The payload of an awareness message (y-protocols/awareness `encodeAwarenessUpdate`), written
 * without an Awareness instance, so a load generator can announce thousands of presences cheaply:
 *   varuint count, then per entry: varuint clientID, varuint clock, varstring JSON state
 *   (the string "null" removes that client's presence).
 */
import * as encoding from 'lib0/encoding';

export interface AwarenessEntry {
  clientId: number;
  /** Must grow with every change of this client's state, or peers ignore it. */
  clock: number;
  state: unknown;
}

/** Encodes awareness entries exactly as y-protocols does; wrap with `encodeAwareness` to send. */
export function encodeAwarenessUpdate(entries: readonly AwarenessEntry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const { clientId, clock, state } of entries) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, JSON.stringify(state));
  }
  return encoding.toUint8Array(encoder);
}
