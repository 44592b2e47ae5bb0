/**
 * The y-websocket wire protocol (as y-websocket's client and server speak it): each binary
 * frame holds exactly one message, a varuint message type followed by its payload.
 *   0 sync       varuint sub-type (y-protocols/sync: 0 step 1, 1 step 2, 2 update) + varbytes
 *   1 awareness  varbytes (y-protocols/awareness update)
 *   2 auth       (server -> client only; never accepted from clients)
 *   3 query awareness  (no payload)
 */
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';

export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;
export const SyncType = { step1: 0, step2: 1, update: 2 } as const;

/** Any parsed message, in either direction. `syncStep2` and `update` both carry a Yjs update. */
export type Message =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'syncStep2'; update: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'authDenied'; reason: string }
  | { type: 'queryAwareness' };

/** Parses one frame; null when it is not exactly one well-formed message. */
export function parseMessage(frame: Uint8Array): Message | null {
  try {
    const decoder = decoding.createDecoder(frame);
    let message: Message | null = null;
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
    // A length that runs past the frame, or trailing bytes, make the frame malformed.
    return decoder.pos === frame.byteLength ? message : null;
  } catch {
    return null;
  }
}

/** A parsed client message. Parsing is complete before anything acts on it. */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  | { type: 'update'; update: Uint8Array }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' };

/**
 * Parses one frame from a client; null when it is not exactly one well-formed message a
 * client may send (auth messages go from server to client only). Sync step 2 and update
 * are the same thing to a server: an update to apply.
 */
export function parseClientMessage(frame: Uint8Array): ClientMessage | null {
  const message = parseMessage(frame);
  switch (message?.type) {
    case 'syncStep1':
    case 'awareness':
    case 'queryAwareness':
      return message;
    case 'syncStep2':
    case 'update':
      return { type: 'update', update: message.update };
    default:
      return null;
  }
}

function frame(type: number, sub: number | null, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, type);
  if (sub !== null) encoding.writeVarUint(encoder, sub);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const encodeSyncStep1 = (stateVector: Uint8Array) => frame(MessageType.sync, SyncType.step1, stateVector);
export const encodeSyncStep2 = (update: Uint8Array) => frame(MessageType.sync, SyncType.step2, update);
export const encodeUpdate = (update: Uint8Array) => frame(MessageType.sync, SyncType.update, update);
export const encodeAwareness = (update: Uint8Array) => frame(MessageType.awareness, null, update);
