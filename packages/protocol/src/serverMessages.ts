/**
 * The other direction of the y-websocket protocol (see protocol.ts for the frame format):
 * messages a server sends to a client, as a client such as the load generator reads them,
 * and the one client message protocol.ts has no encoder for (query awareness).
 *   auth payload: varuint permission (0 = denied) + varstring reason (y-protocols/auth)
 */
import { MessageType, parseMessage, type Message } from './protocol.js';

/** A parsed server message: any message (see `Message`). */
export type ServerMessage = Message;

/** Parses one frame from a server; null when it is not exactly one well-formed message. */
export const parseServerMessage = (frame: Uint8Array): ServerMessage | null => parseMessage(frame);

/** The query-awareness message: asks the other side to send every presence it knows. */
export const encodeQueryAwareness = (): Uint8Array => Uint8Array.of(MessageType.queryAwareness);
