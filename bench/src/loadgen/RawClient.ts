/**
 * A y-websocket client without a Y.Doc: a raw `ws` socket that does the handshake the stock
 * provider does and then only listens, so one process can hold thousands of them.
 *   open -> send sync step 1 (empty state vector)
 *   server step 1 -> reply step 2 with the empty document's update
 *   server step 2 -> synced
 * A large board's reply comes as update messages and then a step 2 (the relay splits replies above
 * 256 KiB); `onSynced` counts them all. Live updates and awareness go to the callbacks with the
 * receive time (performance.now()).
 */
import { encodeSyncStep1, encodeSyncStep2, parseServerMessage } from '@roundtable/protocol';
import WebSocket from 'ws';

/** Y.encodeStateVector of an empty doc, and Y.encodeStateAsUpdate of one. */
export const EMPTY_STATE_VECTOR = Uint8Array.of(0);
export const EMPTY_UPDATE = Uint8Array.of(0, 0);

export interface RawClientHandlers {
  onUpdate?: (update: Uint8Array, receivedAt: number) => void;
  onAwareness?: (update: Uint8Array, receivedAt: number) => void;
  /** Called once synced with the bytes of the reply: the step 2 payload and any updates before it. */
  onSynced?: (bytes: number, at: number) => void;
}

export class RawClient {
  readonly ws: WebSocket;
  /** Resolves once sync step 2 arrived; rejects if the socket closes or fails first. */
  readonly synced: Promise<void>;
  isSynced = false;
  closeCode: number | null = null;
  /** Update bytes received before sync step 2 (a split reply's parts). */
  private beforeSync = 0;

  constructor(url: string, private readonly handlers: RawClientHandlers = {}) {
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.synced = new Promise<void>((resolve, reject) => {
      this.ws.on('open', () => this.ws.send(encodeSyncStep1(EMPTY_STATE_VECTOR)));
      this.ws.on('message', (data: Buffer) => {
        const at = performance.now();
        const message = parseServerMessage(data);
        if (!message) return;
        switch (message.type) {
          case 'update':
            if (!this.isSynced) this.beforeSync += message.update.byteLength;
            this.handlers.onUpdate?.(message.update, at);
            return;
          case 'awareness':
            this.handlers.onAwareness?.(message.update, at);
            return;
          case 'syncStep1':
            this.ws.send(encodeSyncStep2(EMPTY_UPDATE));
            return;
          case 'syncStep2':
            this.isSynced = true;
            this.handlers.onSynced?.(this.beforeSync + message.update.byteLength, at);
            resolve();
            return;
          default:
            return;
        }
      });
      this.ws.on('error', reject);
      this.ws.on('close', (code) => {
        this.closeCode = code;
        reject(new Error(`closed (${code}) before sync`));
      });
    });
    // A rejection nobody awaits (a client closed after sync) must not crash the run.
    this.synced.catch(() => undefined);
  }

  send(frame: Uint8Array): void {
    if (this.ws.readyState === WebSocket.OPEN) this.ws.send(frame);
  }

  close(): void {
    this.ws.terminate();
  }
}

/** Opens `count` clients, at most `concurrency` handshakes at a time; resolves when all synced. */
export async function openClients(count: number, makeUrl: (i: number) => string, handlers: (i: number) => RawClientHandlers = () => ({}), concurrency = 200): Promise<RawClient[]> {
  const clients: RawClient[] = [];
  for (let start = 0; start < count; start += concurrency) {
    const batch: RawClient[] = [];
    for (let i = start; i < Math.min(count, start + concurrency); i++) batch.push(new RawClient(makeUrl(i), handlers(i)));
    await Promise.all(batch.map((c) => c.synced));
    clients.push(...batch);
  }
  return clients;
}
