/**
 * One client's WebSocket session on one board: rate limit, parsing, backpressure, and the
 * awareness client ids it controls (removed from the board when it closes).
 */
import type { Logger } from 'pino';
import { CloseCode, parseClientMessage, type ClientMessage, type CloseCodeName } from '@roundtable/protocol';
import type { Peer } from './Peer.js';
import { RateLimiter } from './RateLimiter.js';
import type { Role } from './tokens.js';

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
