/**
 * Presence ownership: a connection may set, change or remove only the awareness client ids it
 * announced itself (or ids nobody currently shows). Awareness is relayed as sent, so without
 * this one client could overwrite or remove anyone's presence by sending their client id with
 * a higher clock. Entries for ids someone else holds are dropped; the rest apply as sent.
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

/** The update with only the entries `mayWrite` allows (null when none), and how many were dropped. */
export function keepOwnPresence(update: Uint8Array, mayWrite: (clientId: number) => boolean): { update: Uint8Array | null; dropped: number } {
  const decoder = decoding.createDecoder(update);
  const count = decoding.readVarUint(decoder);
  const kept: { clientId: number; clock: number; state: string }[] = [];
  let dropped = 0;
  for (let i = 0; i < count; i++) {
    const clientId = decoding.readVarUint(decoder);
    const clock = decoding.readVarUint(decoder);
    const state = decoding.readVarString(decoder);
    if (mayWrite(clientId)) kept.push({ clientId, clock, state });
    else dropped += 1;
  }
  if (dropped === 0) return { update, dropped };
  if (kept.length === 0) return { update: null, dropped };
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, kept.length);
  for (const { clientId, clock, state } of kept) {
    encoding.writeVarUint(encoder, clientId);
    encoding.writeVarUint(encoder, clock);
    encoding.writeVarString(encoder, state);
  }
  return { update: encoding.toUint8Array(encoder), dropped };
}
