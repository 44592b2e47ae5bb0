/**
 * Board secret keys at rest: wrapped with XChaCha20-Poly1305 under a key-encryption key
 * derived from the relay's secret, bound to the board.
 *
 *   KEK     = HKDF-SHA256(ikm = UTF-8 ROUNDTABLE_SECRET, salt = none, info = KEY_WRAP_INFO, 32)
 *   wrapped = version (1) || nonce (24, random) || XChaCha20-Poly1305(KEK, nonce,
 *             AD = KEY_WRAP_INFO || 0 || boardId).encrypt(secret key)   -- 1 + 24 + 32 + 16 bytes
 *
 * The store alone (a copied SQLite file) does not open sealed items; a relay with another
 * secret cannot unwrap; a wrapped key copied onto another board's row does not unwrap there.
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes, utf8ToBytes } from '@noble/hashes/utils.js';

/** HKDF info and associated-data label of key wrapping, version 1. */
export const KEY_WRAP_INFO = 'roundtable board-key wrap v1';
const VERSION = 1;
const NONCE_BYTES = 24;

/** The key-encryption key derived from the relay's secret. */
export function deriveKeyEncryptionKey(relaySecret: string): Uint8Array {
  return hkdf(sha256, utf8ToBytes(relaySecret), undefined, utf8ToBytes(KEY_WRAP_INFO), 32);
}

function associatedData(boardId: string): Uint8Array {
  return concatBytes(utf8ToBytes(KEY_WRAP_INFO), Uint8Array.of(0), utf8ToBytes(boardId));
}

/** Wraps a board's secret key for storage. */
export function wrapSecretKey(kek: Uint8Array, boardId: string, secretKey: Uint8Array): Uint8Array {
  const nonce = randomBytes(NONCE_BYTES);
  return concatBytes(Uint8Array.of(VERSION), nonce, xchacha20poly1305(kek, nonce, associatedData(boardId)).encrypt(secretKey));
}

/** Unwraps a stored secret key, or null when it does not open (another secret, another board, damaged). */
export function unwrapSecretKey(kek: Uint8Array, boardId: string, wrapped: Uint8Array): Uint8Array | null {
  if (wrapped.byteLength !== 1 + NONCE_BYTES + 32 + 16 || wrapped[0] !== VERSION) return null;
  try {
    return xchacha20poly1305(kek, wrapped.subarray(1, 1 + NONCE_BYTES), associatedData(boardId)).decrypt(wrapped.subarray(1 + NONCE_BYTES));
  } catch {
    return null;
  }
}
