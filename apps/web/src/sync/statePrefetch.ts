/**
 * The board's state fetched over HTTP while the page starts (relay: GET /api/boards/:id/state).
 * `prefetch.ts`, the page's early script, starts the request while the app downloads; the
 * board's connection takes it and applies the bytes before it opens its socket, so the sync
 * asks only for what came since instead of the whole board, and the board does not wait for
 * the socket's handshake and the relay's reply in several parts.
 */
import { EarlyRequests } from '../earlyRequests.js';

/** How long a connection waits for a started fetch before it syncs the usual way. */
export const PREFETCH_WAIT_MS = 5000;

const started = new EarlyRequests<Uint8Array | null>();

/** Starts fetching `boardId`'s state with `token` (once per board); a failure resolves to null. */
export function prefetchBoardState(boardId: string, token: string): void {
  if (typeof fetch !== 'function') return;
  const url = `/api/boards/${encodeURIComponent(boardId)}/state?token=${encodeURIComponent(token)}`;
  started.start(boardId, () =>
    fetch(url, { headers: { accept: 'application/octet-stream' } })
      .then(async (response) => (response.ok ? new Uint8Array(await response.arrayBuffer()) : null))
      .catch(() => null),
  );
}

/**
 * Resolves once `boardId`'s started fetch has its result, or after PREFETCH_WAIT_MS, so the
 * connection can start from it; null when none was started or it already has one.
 */
export function prefetchSettled(boardId: string): Promise<void> | null {
  const entry = started.peek(boardId);
  if (!entry || entry.settled) return null;
  return new Promise<void>((resolve) => {
    const timer = setTimeout(resolve, PREFETCH_WAIT_MS);
    void entry.promise.then(() => {
      clearTimeout(timer);
      resolve();
    });
  });
}

/**
 * `boardId`'s fetched state, handed over once (a later connection to the same board syncs the
 * usual way); null when none was started, it failed, or it has no answer yet (it took longer
 * than PREFETCH_WAIT_MS: the connection then syncs the usual way rather than wait more).
 */
export function takePrefetchedState(boardId: string): Uint8Array | null {
  const entry = started.take(boardId);
  return entry?.settled ? entry.answer : null;
}
