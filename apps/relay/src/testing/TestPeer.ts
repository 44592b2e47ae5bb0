/**
 * A Peer (the socket seam) that a test reads: every message the relay sent, parsed, and the
 * close it got. `bufferedAmount` is set by the test to play a slow reader. Test-only (not built).
 */
import { parseServerMessage, type ServerMessage } from '@roundtable/protocol';
import type { Peer } from '../Peer.js';

export class TestPeer implements Peer {
  readonly received: ServerMessage[] = [];
  closed: { code: number; reason: string } | null = null;
  bufferedAmount = 0;
  /** Called with each message as it is sent. */
  onMessage: (message: ServerMessage) => void = () => undefined;

  send(frame: Uint8Array): void {
    if (this.closed) throw new Error('send after close');
    const message = parseServerMessage(frame);
    if (!message) throw new Error('the relay sent a malformed frame');
    this.received.push(message);
    this.onMessage(message);
  }

  close(code: number, reason: string): void {
    this.closed ??= { code, reason };
  }

  /** Document updates received (sync step 2 and live updates). */
  get updates(): Uint8Array[] {
    return this.received.flatMap((m) => (m.type === 'update' || m.type === 'syncStep2' ? [m.update] : []));
  }
}
