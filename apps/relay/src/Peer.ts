/**
 * The socket as room logic sees it: the seam that keeps `ws` in server.ts only, so rooms
 * and connections are testable without a network (CONVENTIONS §6).
 */
export interface Peer {
  send(message: Uint8Array): void;
  close(code: number, reason: string): void;
  /** Bytes queued to this peer and not yet written to the network. */
  readonly bufferedAmount: number;
}
