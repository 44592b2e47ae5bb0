/**
 * Each board's sealing key pair (DESIGN §4): created on first use, stored wrapped in the
 * key store apart from the document, unwrapped in memory for reveals and tallies. The
 * public key is what `GET /api/boards/:id/key` serves; it never comes from the document.
 */
import { generateSealingKeyPair, publicKeyOf, type SealingKeyPair } from '@roundtable/sealing';
import type { BoardKeyStore } from './BoardKeyStore.js';
import { deriveKeyEncryptionKey, unwrapSecretKey, wrapSecretKey } from './keyWrap.js';

/** Expected failures are values (CONVENTIONS §7). */
export type KeyResult = { ok: true; value: SealingKeyPair } | { ok: false; error: string };

/** Unwrapped key pairs kept in memory, most recently used last; beyond this the oldest go. */
const CACHE_LIMIT = 1000;

export class BoardKeys {
  private readonly kek: Uint8Array;
  private readonly cache = new Map<string, SealingKeyPair>();
  private readonly creating = new Map<string, Promise<KeyResult>>();

  constructor(
    private readonly store: BoardKeyStore,
    relaySecret: string,
    private readonly now: () => number = Date.now,
  ) {
    this.kek = deriveKeyEncryptionKey(relaySecret);
  }

  /**
   * The board's key pair, created and stored if the board has none. Call only for a board
   * that exists. Fails when the stored key does not unwrap with this relay's secret.
   */
  async keyPair(boardId: string): Promise<KeyResult> {
    const cached = this.cache.get(boardId);
    if (cached) {
      this.cache.delete(boardId);
      this.cache.set(boardId, cached);
      return { ok: true, value: cached };
    }
    // One creation per board at a time, so concurrent first requests share one key.
    let pending = this.creating.get(boardId);
    if (!pending) {
      pending = this.loadOrCreate(boardId).finally(() => this.creating.delete(boardId));
      this.creating.set(boardId, pending);
    }
    return pending;
  }

  /** Forgets and deletes the board's key (its board was deleted). */
  async delete(boardId: string): Promise<void> {
    await this.creating.get(boardId)?.catch(() => undefined);
    this.cache.delete(boardId);
    await this.store.delete(boardId);
  }

  private async loadOrCreate(boardId: string): Promise<KeyResult> {
    let stored = await this.store.load(boardId);
    if (!stored) {
      const fresh = generateSealingKeyPair();
      stored = await this.store.insertIfAbsent({
        boardId,
        publicKey: fresh.publicKey,
        wrappedSecretKey: wrapSecretKey(this.kek, boardId, fresh.secretKey),
        createdAt: this.now(),
      });
    }
    const secretKey = unwrapSecretKey(this.kek, boardId, stored.wrappedSecretKey);
    if (!secretKey || !sameBytes(publicKeyOf(secretKey), stored.publicKey)) {
      return { ok: false, error: "the board's sealing key does not open with this relay's secret (was ROUNDTABLE_SECRET changed?)" };
    }
    const pair = { publicKey: new Uint8Array(stored.publicKey), secretKey };
    this.cache.set(boardId, pair);
    if (this.cache.size > CACHE_LIMIT) this.cache.delete(this.cache.keys().next().value as string);
    return { ok: true, value: pair };
  }
}

function sameBytes(a: Uint8Array, b: Uint8Array): boolean {
  return a.byteLength === b.byteLength && a.every((byte, i) => byte === b[i]);
}
