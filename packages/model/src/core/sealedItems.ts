/**
 * How the model meets sealing (DESIGN §4) without importing crypto: an operation that writes a
 * sealed item is handed a `Sealer` (a client binds @roundtable/sealing's `createSealer` to the
 * board id and the relay's public key), and one that reveals is handed an `Opener` (the relay
 * binds `createOpener` to the board's secret key). Both are used only inside the operation,
 * for places the operation computes itself, so a caller cannot seal to the wrong place.
 */
import type { Result } from './result.js';

/** What a sealed item holds (the envelope's associated data names it). */
export type SealedItemKind = 'draft' | 'dots' | 'ballot';

/** Where a sealed item sits within its board. */
export interface SealedItemPlace {
  sectionId: string;
  itemId: string;
  kind: SealedItemKind;
}

/** Seals a plaintext for one place of the board (returns the envelope text). */
export type Sealer = (place: SealedItemPlace, plaintext: Uint8Array) => Result<string>;

/** Opens the envelope found at one place of the board (returns the plaintext). */
export type Opener = (place: SealedItemPlace, envelope: unknown) => Result<Uint8Array>;

/** Why a sealed item was left out of a reveal or a tally: one per item, for the relay's log. */
export interface SkippedItem {
  itemId: string;
  reason: string;
}
