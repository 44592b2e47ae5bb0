/**
 * The other direction of the y-websocket protocol (see protocol.ts for the frame format):
 * messages a server sends to a client, as a client such as the load generator reads them,
 * and the one client message protocol.ts has no encoder for (query awareness).
 *   auth payload: varuint permission (0 = denied) + varstring reason (y-protocols/auth)
 */
import * as decoding from 'lib0/decoding';
import { MessageType, SyncType } from './protocol.js';

/** A parsed server message. `update` covers both sync step 2 and a live update. */
export type ServerMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'authDenied'; reason: string }
  | { type: 'queryAwareness' };

/** Parses one frame from a server; null when it is not exactly one well-formed message. */
export function parseServerMessage(frame: Uint8Array): ServerMessage | null {
  try {
    const decoder = decoding.createDecoder(frame);
    let message: ServerMessage | null = null;
    switch (decoding.readVarUint(decoder)) {
      case MessageType.sync: {
        const sub = decoding.readVarUint(decoder);
        const payload = decoding.readVarUint8Array(decoder);
        if (sub === SyncType.step1) message = { type: 'syncStep1', stateVector: payload };
        else if (sub === SyncType.step2) message = { type: 'syncStep2', update: payload };
        else if (sub === SyncType.update) message = { type: 'update', update: payload };
        break;
      }
      case MessageType.awareness:
        message = { type: 'awareness', update: decoding.readVarUint8Array(decoder) };
        break;
      case MessageType.auth:
        if (decoding.readVarUint(decoder) === 0) message = { type: 'authDenied', reason: decoding.readVarString(decoder) };
        break;
      case MessageType.queryAwareness:
        message = { type: 'queryAwareness' };
        break;
    }
    return decoder.pos === frame.byteLength ? message : null;
  } catch {
    return null;
  }
}

/** The query-awareness message: asks the other side to send every presence it knows. */
export const encodeQueryAwareness = (): Uint8Array => Uint8Array.of(MessageType.queryAwareness);
