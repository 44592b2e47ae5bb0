/**
 * Sealing bound to one board, in the shape the model's sealed operations take: the model
 * never imports crypto, it is handed a `seal(place, plaintext)` (clients) or an
 * `open(place, envelope)` (the relay) for the board at hand.
 */
import { open, seal, type SealTarget } from './sealedItem.js';
import type { SealResult } from './sealingResult.js';

/** Where an item sits within a board. */
export type SealPlace = Omit<SealTarget, 'boardId'>;

/** Seals a plaintext for a place on one board (clients). */
export type BoardSealer = (place: SealPlace, plaintext: Uint8Array) => SealResult<string>;

/** Opens an envelope found at a place on one board (the relay). */
export type BoardOpener = (place: SealPlace, envelope: unknown) => SealResult<Uint8Array>;

/** A sealer for `boardId` with the public key served by the relay (`GET /api/boards/:id/key`). */
export function createSealer(boardId: string, boardPublicKey: Uint8Array): BoardSealer {
  return (place, plaintext) => seal(boardPublicKey, { ...place, boardId }, plaintext);
}

/** An opener for `boardId` with the board's secret key (relay only). */
export function createOpener(boardId: string, boardSecretKey: Uint8Array): BoardOpener {
  return (place, envelope) => open(boardSecretKey, { ...place, boardId }, envelope);
}
