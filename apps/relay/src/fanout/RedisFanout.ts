/**
 * Scale-out fan-out over Redis pub/sub (REDIS_URL, DESIGN §5). Two connections: one publishes,
 * one subscribes (a subscribed Redis connection can do nothing else).
 *
 * Channels per board: `roundtable:<board>:updates` carries committed batches
 * {relayId, firstSeq, seq, update}; `roundtable:<board>:presence` carries presence changes,
 * presence queries and the notice that the board was deleted, never stored. Messages are binary (lib0 varints + raw bytes), so updates
 * cross without base64 or JSON.
 *
 * Loss is expected and repaired by the receiver, never by re-publishing (no message loops):
 * publishing while Redis is down drops the message (no offline queue, so nothing is replayed
 * out of order later); a receiver notices the missing seq at the next message, and after any
 * reconnect every subscribed board is told to `resync` (fill from the store by seq) only once
 * its channels are subscribed again, so nothing can fall between the fill and the live feed.
 */
import { randomUUID } from 'node:crypto';
import { Redis } from 'ioredis';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import type { Logger } from 'pino';
import type { Metrics } from '../metrics.js';
import type { Fanout, FanoutEvents, FanoutHandler, FanoutMessage, FanoutSubscription } from './Fanout.js';

const PREFIX = 'roundtable:';
const updatesChannel = (board: string) => `${PREFIX}${board}:updates`;
const presenceChannel = (board: string) => `${PREFIX}${board}:presence`;

/** Kinds of message on a presence channel. */
const PRESENCE_UPDATE = 0;
const PRESENCE_QUERY = 1;
const BOARD_DELETED = 2;

/** Encodes a committed batch for its board's updates channel. */
export function encodeFanoutMessage(message: FanoutMessage): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarString(encoder, message.relayId);
  encoding.writeVarUint(encoder, message.firstSeq);
  encoding.writeVarUint(encoder, message.seq);
  encoding.writeVarUint8Array(encoder, message.update);
  return Buffer.from(encoding.toUint8Array(encoder));
}

/** Decodes a message of `board`'s updates channel; throws on anything malformed. */
export function decodeFanoutMessage(board: string, data: Uint8Array): FanoutMessage {
  const decoder = decoding.createDecoder(data);
  const relayId = decoding.readVarString(decoder);
  const firstSeq = decoding.readVarUint(decoder);
  const seq = decoding.readVarUint(decoder);
  const update = decoding.readVarUint8Array(decoder);
  if (decoding.hasContent(decoder) || firstSeq > seq || firstSeq < 1) throw new Error('malformed fan-out message');
  return { board, relayId, firstSeq, seq, update };
}

interface Subscriber {
  handler: FanoutHandler;
  events: FanoutEvents;
}

export interface RedisFanoutOptions {
  log: Logger;
  metrics?: Metrics;
}

export class RedisFanout implements Fanout {
  readonly relayId = randomUUID();
  private readonly subscribers = new Map<string, Set<Subscriber>>();
  private closed = false;
  /** Set once the first connection is up; later `ready` events are reconnects. */
  private connectedOnce = false;

  private constructor(
    private readonly pub: Redis,
    private readonly sub: Redis,
    private readonly options: RedisFanoutOptions,
  ) {
    sub.on('messageBuffer', (channel: Buffer, data: Buffer) => this.onMessage(channel.toString(), data));
    sub.on('ready', () => {
      if (this.connectedOnce) void this.resubscribe();
      this.connectedOnce = true;
    });
    for (const [name, client] of [['publisher', pub], ['subscriber', sub]] as const) {
      client.on('error', (error: Error) => options.log.warn({ err: error.message, connection: name }, 'Redis connection error'));
      client.on('close', () => {
        if (!this.closed) options.log.warn({ connection: name }, 'Redis connection lost; reconnecting');
      });
    }
  }

  /** Connects both connections; rejects when Redis cannot be reached. */
  static async open(url: string, options: RedisFanoutOptions): Promise<RedisFanout> {
    const settings = {
      lazyConnect: true,
      // Keep trying to reconnect for ever, backing off to one attempt a second.
      retryStrategy: (times: number) => Math.min(times * 100, 1000),
      // A publish while disconnected fails at once rather than being replayed out of order later.
      enableOfflineQueue: false,
      autoResubscribe: false,
      maxRetriesPerRequest: 1,
    };
    const pub = new Redis(url, settings);
    const sub = new Redis(url, { ...settings, enableOfflineQueue: true });
    const fanout = new RedisFanout(pub, sub, options);
    try {
      await Promise.all([pub.connect(), sub.connect()]);
    } catch (error) {
      pub.disconnect();
      sub.disconnect();
      throw error;
    }
    return fanout;
  }

  get ready(): boolean {
    return this.pub.status === 'ready' && this.sub.status === 'ready';
  }

  publish(message: FanoutMessage): void {
    this.send(updatesChannel(message.board), encodeFanoutMessage(message), 'update');
  }

  publishAwareness(board: string, update: Uint8Array): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, PRESENCE_UPDATE);
    encoding.writeVarString(encoder, this.relayId);
    encoding.writeVarUint8Array(encoder, update);
    this.send(presenceChannel(board), Buffer.from(encoding.toUint8Array(encoder)), 'presence');
  }

  queryPresence(board: string): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, PRESENCE_QUERY);
    encoding.writeVarString(encoder, this.relayId);
    this.send(presenceChannel(board), Buffer.from(encoding.toUint8Array(encoder)), 'presence');
  }

  publishDeleted(board: string): void {
    const encoder = encoding.createEncoder();
    encoding.writeVarUint(encoder, BOARD_DELETED);
    encoding.writeVarString(encoder, this.relayId);
    this.send(presenceChannel(board), Buffer.from(encoding.toUint8Array(encoder)), 'presence');
  }

  async subscribe(board: string, handler: FanoutHandler, events: FanoutEvents = {}): Promise<FanoutSubscription> {
    const subscriber: Subscriber = { handler, events };
    let set = this.subscribers.get(board);
    if (!set) this.subscribers.set(board, (set = new Set()));
    set.add(subscriber);
    // SUBSCRIBE is idempotent; its reply means the subscription is live.
    await this.sub.subscribe(updatesChannel(board), presenceChannel(board));
    return {
      unsubscribe: async () => {
        const current = this.subscribers.get(board);
        if (!current?.delete(subscriber) || current.size > 0) return;
        this.subscribers.delete(board);
        if (this.sub.status === 'ready') await this.sub.unsubscribe(updatesChannel(board), presenceChannel(board));
      },
    };
  }

  async close(): Promise<void> {
    this.closed = true;
    this.subscribers.clear();
    await Promise.all([this.pub.quit().catch(() => this.pub.disconnect()), this.sub.quit().catch(() => this.sub.disconnect())]);
  }

  private send(channel: string, data: Buffer, kind: 'update' | 'presence'): void {
    if (this.pub.status !== 'ready') {
      this.options.metrics?.redisPublishFailures.inc({ kind });
      return;
    }
    this.options.metrics?.redisPublished.inc({ kind });
    this.pub.publish(channel, data).catch((error: unknown) => {
      this.options.metrics?.redisPublishFailures.inc({ kind });
      this.options.log.warn({ err: (error as Error).message, channel }, 'Redis publish failed; receivers will fill the gap from the store');
    });
  }

  /** After a reconnect: subscribe to every board again, then tell each board to fill what it missed. */
  private async resubscribe(): Promise<void> {
    const boards = [...this.subscribers.keys()];
    if (boards.length === 0) return;
    try {
      await this.sub.subscribe(...boards.flatMap((b) => [updatesChannel(b), presenceChannel(b)]));
    } catch (error) {
      // The connection dropped again; its next `ready` retries.
      this.options.log.warn({ err: (error as Error).message }, 'Redis resubscribe failed');
      return;
    }
    this.options.log.info({ boards: boards.length }, 'Redis reconnected; filling every board from the store');
    for (const board of boards) for (const { events } of this.subscribers.get(board) ?? []) events.resync?.();
  }

  private onMessage(channel: string, data: Buffer): void {
    if (!channel.startsWith(PREFIX)) return;
    const rest = channel.slice(PREFIX.length);
    const colon = rest.lastIndexOf(':');
    const board = rest.slice(0, colon);
    const kind = rest.slice(colon + 1);
    const subscribers = this.subscribers.get(board);
    if (!subscribers) return;
    try {
      if (kind === 'updates') {
        const message = decodeFanoutMessage(board, data);
        if (message.relayId === this.relayId) return;
        this.options.metrics?.redisReceived.inc({ kind: 'update' });
        for (const { handler } of subscribers) handler(message);
        return;
      }
      const decoder = decoding.createDecoder(data);
      const type = decoding.readVarUint(decoder);
      if (decoding.readVarString(decoder) === this.relayId) return;
      this.options.metrics?.redisReceived.inc({ kind: 'presence' });
      if (type === PRESENCE_QUERY) for (const { events } of subscribers) events.presenceQuery?.();
      else if (type === BOARD_DELETED) for (const { events } of [...subscribers]) events.deleted?.();
      else if (type === PRESENCE_UPDATE) {
        const update = decoding.readVarUint8Array(decoder);
        for (const { events } of subscribers) events.awareness?.(update);
      }
    } catch (error) {
      this.options.log.error({ err: (error as Error).message, channel }, 'ignoring a malformed fan-out message');
    }
  }
}
