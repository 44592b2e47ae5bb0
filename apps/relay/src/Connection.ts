/**
 * One client's WebSocket session on one board: rate limit, parsing, backpressure, and the
 * awareness client ids it controls (removed from the board when it closes).
 */
import type { Logger } from 'pino';
import { CloseCode, parseClientMessage, type ClientMessage, type CloseCodeName } from '@roundtable/protocol';
import type { Peer } from './Peer.js';
import { RateLimiter } from './RateLimiter.js';
import type { Role } from './tokens.js';

/** A reply sent in parts waits while more than this is queued to the peer, so it never sits in the send buffer whole. */
export const PACED_QUEUE_BYTES = 1024 * 1024;
const PACE_POLL_MS = 10;

export interface ConnectionLimits {
  rateLimit: number;
  maxBufferedBytes: number;
}

/** What a connection hands its parsed messages to (a Room). */
export interface MessageSink {
  handle(connection: Connection, message: ClientMessage): void;
}

export class Connection {
  /** Awareness client ids this connection has announced. */
  readonly awarenessIds = new Set<number>();
  /** Set by the ping loop; a connection still unanswered at the next ping is dropped. */
  alive = true;
  private closed = false;
  private readonly limiter: RateLimiter;

  constructor(
    private readonly peer: Peer,
    readonly role: Role,
    private readonly sink: MessageSink,
    private readonly limits: ConnectionLimits,
    /** The relay's logger; no child per connection (idle connections must stay small). */
    private readonly log: Logger,
    readonly boardId: string,
  ) {
    this.limiter = new RateLimiter(limits.rateLimit);
  }

  /** Fields that identify this connection in log lines. */
  get context(): { boardId: string; role: Role } {
    return { boardId: this.boardId, role: this.role };
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Sends one message; a peer with too much queued is closed instead (never buffered without bound). */
  send(message: Uint8Array): void {
    if (this.closed) return;
    if (this.peer.bufferedAmount > this.limits.maxBufferedBytes) {
      this.close('slowReader', 'client is not reading fast enough');
      return;
    }
    this.peer.send(message);
  }

  /**
   * Sends messages in order, each once no more than PACED_QUEUE_BYTES is queued to the peer
   * (a large sync reply in parts: memory stays bounded and a slow link gets a message at a time).
   * Messages sent meanwhile (updates, presence) go out between parts.
   */
  sendInOrder(messages: readonly Uint8Array[]): void {
    let next = 0;
    const pump = (): void => {
      while (next < messages.length && !this.closed) {
        if (next > 0 && this.peer.bufferedAmount > PACED_QUEUE_BYTES) {
          setTimeout(pump, PACE_POLL_MS);
          return;
        }
        this.send(messages[next++] as Uint8Array);
      }
    };
    pump();
  }

  /** Handles one binary frame from the client. */
  receive(frame: Uint8Array): void {
    if (this.closed) return;
    if (!this.limiter.take()) {
      this.close('rateLimited', 'too many messages');
      return;
    }
    const message = parseClientMessage(frame);
    if (!message) {
      this.close('malformed', 'malformed message');
      return;
    }
    this.sink.handle(this, message);
  }

  /** Closes with a named code and logs one line. Idempotent. */
  close(name: CloseCodeName, reason: string): void {
    if (this.closed) return;
    this.closed = true;
    const code = CloseCode[name];
    this.log[name === 'goingAway' ? 'debug' : 'warn']({ ...this.context, code, reason: name }, `closing connection: ${reason}`);
    this.peer.close(code, reason);
  }

  /** Marks the connection closed after the socket closed by itself. */
  markClosed(): void {
    this.closed = true;
  }
}
