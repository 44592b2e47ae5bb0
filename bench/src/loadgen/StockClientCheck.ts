/**
 * The correctness check for the load generator: a stock y-websocket `WebsocketProvider` joins
 * the board next to the generated load; once the load is done it must hold the writer's
 * document (equal state vectors, and equal encoded state). If the raw handshake or the
 * writer's framing were wrong, the stock client would disagree.
 */
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import * as Y from 'yjs';
import { snapshot } from '@roundtable/model/testing';

export interface CheckResult {
  ok: boolean;
  detail: string;
}

export class StockClientCheck {
  readonly doc = new Y.Doc();
  private readonly provider: WebsocketProvider;

  /** `serverUrl` is ws://host:port/sync, `room` the board id, `token` its edit token. */
  constructor(serverUrl: string, room: string, token: string) {
    this.provider = new WebsocketProvider(serverUrl, room, this.doc, {
      params: { token },
      WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
      disableBc: true,
    });
  }

  async synced(timeoutMs = 10_000): Promise<void> {
    const deadline = Date.now() + timeoutMs;
    while (!this.provider.synced) {
      if (Date.now() > deadline) throw new Error('stock y-websocket client did not sync');
      await new Promise((resolve) => setTimeout(resolve, 10));
    }
  }

  /** Waits (up to `timeoutMs`) for the stock client's state to equal `expected`'s. */
  async compare(expected: Y.Doc, timeoutMs = 5000): Promise<CheckResult> {
    const want = Buffer.from(Y.encodeStateVector(expected)).toString('hex');
    const deadline = Date.now() + timeoutMs;
    let have = '';
    while (Date.now() < deadline) {
      have = Buffer.from(Y.encodeStateVector(this.doc)).toString('hex');
      if (have === want) break;
      await new Promise((resolve) => setTimeout(resolve, 20));
    }
    if (have !== want) return { ok: false, detail: `state vectors differ: stock ${have} vs writer ${want}` };
    const sameContent = JSON.stringify(snapshot(this.doc)) === JSON.stringify(snapshot(expected));
    return sameContent
      ? { ok: true, detail: `state vectors equal (${Y.encodeStateAsUpdate(this.doc).byteLength} B document)` }
      : { ok: false, detail: 'state vectors equal but content differs' };
  }

  close(): void {
    this.provider.destroy();
    this.doc.destroy();
  }
}
