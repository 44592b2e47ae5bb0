/**
 * Loads a board's public key into a `SealingStore`: from this device's cache first (so drafts
 * can be sealed offline after a reload), then from the relay (`GET /api/boards/:id/key`, the
 * only source: never the document, which any editor can write). The fingerprint is checked by
 * `parseBoardKeyResponse`; a cached key the relay contradicts is replaced.
 * @roundtable/sealing (and its @noble crypto) is imported dynamically: a chunk of its own, loaded
 * once the opening board is idle, outside the first render (the service worker precaches it).
 */
import type * as Sealing from '@roundtable/sealing';
import { deviceStorage, readJson, writeJson } from '../storage/localJson.js';
import type { SealingStore } from '../store/SealingStore.js';
import { whenIdle } from '../whenIdle.js';

/** The longest an opening board waits for an idle moment before it loads its key. */
const KEY_LOAD_DELAY_MS = 300;

const cacheKey = (boardId: string) => `roundtable.boardKey.${boardId}`;

type SealingModule = typeof Sealing;

function fromCache({ decodeBase64Url }: SealingModule, boardId: string): Uint8Array | null {
  const raw = readJson(deviceStorage(), cacheKey(boardId));
  if (typeof raw !== 'string') return null;
  const key = decodeBase64Url(raw);
  return key && key.length === 32 ? key : null;
}

function use({ keyFingerprint, createSealer }: SealingModule, store: SealingStore, publicKey: Uint8Array): void {
  store.setKey({ status: 'ready', fingerprint: keyFingerprint(publicKey), sealer: createSealer(store.boardId, publicKey) });
}

/** Fetches (or restores) the board key of `store.boardId` with `token`. Returns a cancel function. */
export function loadBoardKey(store: SealingStore, token: string): () => void {
  let cancelled = false;
  const load = async () => {
    let sealing: SealingModule;
    try {
      sealing = await import('@roundtable/sealing');
    } catch {
      if (!cancelled) store.setKey({ status: 'error', message: 'Private cards need this page reloaded with a connection (the sealing code did not load).' });
      return;
    }
    if (cancelled) return;
    const { encodeBase64Url, parseBoardKeyResponse } = sealing;
    const cached = fromCache(sealing, store.boardId);
    if (cached) use(sealing, store, cached);
    try {
      const response = await fetch(`/api/boards/${encodeURIComponent(store.boardId)}/key`, { headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, cache: 'no-store' });
      const body: unknown = await response.json().catch(() => null);
      if (cancelled) return;
      if (!response.ok) {
        const error = typeof (body as { error?: unknown } | null)?.error === 'string' ? (body as { error: string }).error : `${response.status}`;
        if (!cached) store.setKey({ status: 'error', message: `The board's sealing key is not available (${error}).` });
        return;
      }
      const parsed = parseBoardKeyResponse(body);
      if (!parsed.ok) {
        store.setKey({ status: 'error', message: `The server sent a sealing key that does not check out (${parsed.error}).` });
        return;
      }
      writeJson(deviceStorage(), cacheKey(store.boardId), encodeBase64Url(parsed.value.publicKey));
      if (!cached || encodeBase64Url(cached) !== encodeBase64Url(parsed.value.publicKey)) use(sealing, store, parsed.value.publicKey);
    } catch {
      if (!cancelled && !cached) store.setKey({ status: 'error', message: 'Offline: private cards can be written once this board has been opened online.' });
    }
  };
  // Once the board's first screen is up (or after KEY_LOAD_DELAY_MS): evaluating @noble's curves
  // takes ~20 ms of the main thread, which that screen does not need.
  const cancelStart = whenIdle(() => void load(), KEY_LOAD_DELAY_MS, KEY_LOAD_DELAY_MS);
  return () => {
    cancelled = true;
    cancelStart();
  };
}
