/**
 * The one client that writes: a real Y.Doc with a fixed clientID, synced like the stock
 * provider, producing realistic small updates through the board model's named operations
 * (renameSection). Each send is reported with its clock range so readers can be matched to it.
 */
import { createBoard, renameSection, selectSections } from '@roundtable/model';
import { encodeSyncStep1, encodeSyncStep2, encodeUpdate, parseServerMessage } from '@roundtable/protocol';
import WebSocket from 'ws';
import * as Y from 'yjs';

/** The writer's Yjs client id: fixed, so its clocks are recognisable in every update. */
export const WRITER_CLIENT_ID = 0x5eed;
const REMOTE = Symbol('remote');

export class Writer {
  readonly doc = new Y.Doc();
  private readonly ws: WebSocket;
  readonly synced: Promise<void>;
  onSend: ((from: number, to: number, at: number) => void) | null = null;
  private sectionIds: string[] = [];
  private sent = 0;

  constructor(url: string, clientId = WRITER_CLIENT_ID) {
    this.doc.clientID = clientId;
    this.ws = new WebSocket(url, { perMessageDeflate: false });
    this.doc.on('update', (update: Uint8Array, origin: unknown) => {
      if (origin === REMOTE || this.ws.readyState !== WebSocket.OPEN) return;
      const meta = Y.parseUpdateMeta(update);
      const at = performance.now();
      this.ws.send(encodeUpdate(update));
      this.onSend?.(meta.from.get(this.doc.clientID) ?? 0, meta.to.get(this.doc.clientID) ?? 0, at);
    });
    this.synced = new Promise((resolve, reject) => {
      this.ws.on('open', () => this.ws.send(encodeSyncStep1(Y.encodeStateVector(this.doc))));
      this.ws.on('message', (data: Buffer) => {
        const message = parseServerMessage(data);
        if (!message) return;
        if (message.type === 'syncStep1') this.ws.send(encodeSyncStep2(Y.encodeStateAsUpdate(this.doc, message.stateVector)));
        else if (message.type === 'update' || message.type === 'syncStep2') {
          Y.applyUpdate(this.doc, message.update, REMOTE);
          if (message.type === 'syncStep2') resolve();
        }
      });
      this.ws.on('error', reject);
      this.ws.on('close', (code) => reject(new Error(`writer closed (${code}) before sync`)));
    });
    this.synced.catch(() => undefined);
  }

  /** Gives the board the workshop agenda if it has none (the reference server starts empty). */
  ensureBoard(): void {
    if (selectSections(this.doc).length === 0) createBoard(this.doc, { title: 'Bench board', template: 'workshop', at: Date.now() });
    this.sectionIds = selectSections(this.doc).map((s) => s.id);
  }

  /** One small update: rename the next section. */
  writeOne(): void {
    const id = this.sectionIds[this.sent % this.sectionIds.length];
    if (id === undefined) throw new Error('writer has no section to rename (call ensureBoard)');
    renameSection(this.doc, id, `Topic ${++this.sent}`);
  }

  /** Sends one update at a time, paced at `perSecond`, for `durationMs`. */
  async run(perSecond: number, durationMs: number): Promise<void> {
    const start = performance.now();
    let done = 0;
    while (performance.now() - start < durationMs) {
      const due = Math.floor(((performance.now() - start) / 1000) * perSecond);
      while (done < due) {
        this.writeOne();
        done++;
      }
      await new Promise((resolve) => setTimeout(resolve, 1));
    }
  }

  /** Sends a ready-made update (e.g. a large seed) as the writer's own. */
  apply(fn: (doc: Y.Doc) => void): void {
    fn(this.doc);
  }

  close(): void {
    this.ws.terminate();
  }
}
