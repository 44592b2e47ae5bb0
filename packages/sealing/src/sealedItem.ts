/**
 * The sealed-item envelope (DESIGN §4): how a client hides a draft, a dot allocation or a
 * ballot from every other peer until the relay reveals it. Pure JavaScript (noble), so it
 * works over plain http on a LAN where browsers have no `crypto.subtle`; randomness comes
 * from `crypto.getRandomValues`, which insecure origins keep.
 *
 * Format, version 1 (stored in the document as one unpadded base64url string):
 *
 *   offset  size  field
 *   0       1     version = 1
 *   1       32    ephemeral X25519 public key (fresh per seal)
 *   33      24    XChaCha20 nonce (random)
 *   57      B+16  XChaCha20-Poly1305 ciphertext of the padded plaintext, with its tag
 *
 *   key     = HKDF-SHA256(ikm = X25519(ephemeral secret, board public key),
 *                         salt = ephemeral public || board public, info = SEAL_INFO, 32 bytes)
 *   padded  = uint32 BE plaintext length || plaintext || zero bytes, B = the smallest of
 *             PAD_BUCKETS that fits, so only the bucket leaks, not the length
 *   AD      = version || for each of (SEAL_LABEL, board, section, item, kind):
 *             uint16 BE byte length || UTF-8 bytes
 *
 * The associated data binds the ciphertext to one board, section, item and kind: copied to
 * another item (or another board, or used as a ballot instead of a draft) it no longer opens.
 * The relay holds the board's X25519 secret key; nobody else can open. This protects
 * against peers, not against the relay's operator (see DESIGN §4).
 */
import { xchacha20poly1305 } from '@noble/ciphers/chacha.js';
import { x25519 } from '@noble/curves/ed25519.js';
import { hkdf } from '@noble/hashes/hkdf.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { concatBytes, randomBytes } from '@noble/hashes/utils.js';
import { encodeUtf8 } from 'lib0/string';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { sealFail, sealOk, type SealResult } from './sealingResult.js';

/** The envelope version this code writes and reads. */
export const SEALED_ITEM_VERSION = 1;

/** What a sealed item holds: a brainstorm draft, a member's dot allocation, an agreement ballot. */
export const SEALED_KINDS = ['draft', 'dots', 'ballot'] as const;
/** One of SEALED_KINDS. */
export type SealedKind = (typeof SEALED_KINDS)[number];

/** Padded plaintext sizes in bytes (4 of them hold the length). The last is the largest plaintext room. */
export const PAD_BUCKETS = [64, 256, 1024, 4096, 16384] as const;

/** The largest plaintext a sealed item can carry, in bytes. */
export const MAX_SEALED_PLAINTEXT = PAD_BUCKETS[4] - 4;

/** HKDF info string of version 1. */
export const SEAL_INFO = 'roundtable sealed item v1';
/** First field of the associated data of version 1. */
export const SEAL_LABEL = 'roundtable/sealed-item';

const KEY_BYTES = 32;
const NONCE_BYTES = 24;
const TAG_BYTES = 16;
const HEADER_BYTES = 1 + KEY_BYTES + NONCE_BYTES;
const MAX_ID_BYTES = 200;

/** Where a sealed item sits: it opens only there. */
export interface SealTarget {
  boardId: string;
  sectionId: string;
  /** The item's id in its section (a draft id, a dot allocation id, a ballot id). */
  itemId: string;
  kind: SealedKind;
}

/** The byte lengths a well-formed version 1 envelope can have, one per bucket. */
const VALID_LENGTHS = new Set<number>(PAD_BUCKETS.map((b) => HEADER_BYTES + b + TAG_BYTES));

function checkTarget(target: SealTarget): string | null {
  if (!(SEALED_KINDS as readonly string[]).includes(target.kind)) return `unknown sealed-item kind "${String(target.kind)}"`;
  for (const [name, value] of [['board', target.boardId], ['section', target.sectionId], ['item', target.itemId]] as const) {
    if (typeof value !== 'string' || value.length === 0) return `a sealed item needs a ${name} id`;
    if (encodeUtf8(value).byteLength > MAX_ID_BYTES) return `the ${name} id of a sealed item is longer than ${MAX_ID_BYTES} bytes`;
  }
  return null;
}

/** The associated data of `target` (see the header). Call only with a checked target. */
export function associatedData(target: SealTarget): Uint8Array {
  const fields = [SEAL_LABEL, target.boardId, target.sectionId, target.itemId, target.kind].map((f) => encodeUtf8(f));
  const out = new Uint8Array(1 + fields.reduce((n, f) => n + 2 + f.byteLength, 0));
  out[0] = SEALED_ITEM_VERSION;
  let at = 1;
  for (const field of fields) {
    out[at] = field.byteLength >> 8;
    out[at + 1] = field.byteLength & 0xff;
    out.set(field, at + 2);
    at += 2 + field.byteLength;
  }
  return out;
}

function deriveKey(shared: Uint8Array, ephemeralPublic: Uint8Array, boardPublic: Uint8Array): Uint8Array {
  return hkdf(sha256, shared, concatBytes(ephemeralPublic, boardPublic), encodeUtf8(SEAL_INFO), 32);
}

/** The padded size for a plaintext of `length` bytes, or null when it is too large. */
export function paddedSize(length: number): number | null {
  return PAD_BUCKETS.find((bucket) => bucket >= length + 4) ?? null;
}

function pad(plaintext: Uint8Array, size: number): Uint8Array {
  const out = new Uint8Array(size);
  const n = plaintext.byteLength;
  out[0] = (n >>> 24) & 0xff;
  out[1] = (n >>> 16) & 0xff;
  out[2] = (n >>> 8) & 0xff;
  out[3] = n & 0xff;
  out.set(plaintext, 4);
  return out;
}

function unpad(padded: Uint8Array): Uint8Array | null {
  const n = (((padded[0] ?? 0) << 24) | ((padded[1] ?? 0) << 16) | ((padded[2] ?? 0) << 8) | (padded[3] ?? 0)) >>> 0;
  if (n > padded.byteLength - 4) return null;
  for (let i = 4 + n; i < padded.byteLength; i++) if (padded[i] !== 0) return null;
  return padded.slice(4, 4 + n);
}

/**
 * Seals `plaintext` to the board's public key for `target`. Returns the envelope as base64url.
 * Fails (never throws) on a bad key, a bad target or a plaintext over MAX_SEALED_PLAINTEXT.
 */
export function seal(boardPublicKey: Uint8Array, target: SealTarget, plaintext: Uint8Array): SealResult<string> {
  const targetError = checkTarget(target);
  if (targetError) return sealFail(targetError);
  if (!(boardPublicKey instanceof Uint8Array) || boardPublicKey.byteLength !== KEY_BYTES) return sealFail('the board key must be 32 bytes');
  if (!(plaintext instanceof Uint8Array)) return sealFail('only bytes can be sealed');
  const size = paddedSize(plaintext.byteLength);
  if (size === null) return sealFail(`a sealed item holds at most ${MAX_SEALED_PLAINTEXT} bytes`);
  try {
    const ephemeralSecret = x25519.utils.randomSecretKey();
    const ephemeralPublic = x25519.getPublicKey(ephemeralSecret);
    const key = deriveKey(x25519.getSharedSecret(ephemeralSecret, boardPublicKey), ephemeralPublic, boardPublicKey);
    const nonce = randomBytes(NONCE_BYTES);
    const body = xchacha20poly1305(key, nonce, associatedData(target)).encrypt(pad(plaintext, size));
    return sealOk(encodeBase64Url(concatBytes(Uint8Array.of(SEALED_ITEM_VERSION), ephemeralPublic, nonce, body)));
  } catch {
    // x25519 refuses low-order public keys: a key that is not a real board key.
    return sealFail('the board key is not a usable X25519 public key');
  }
}

/**
 * Opens an envelope with the board's secret key, for the place it claims to be. Returns the
 * plaintext, or an error naming what is wrong: not an envelope, an unknown version, or one
 * that does not open here (another key, another place, or tampered: indistinguishable by
 * design). Never throws, whatever `envelope` holds.
 */
export function open(boardSecretKey: Uint8Array, target: SealTarget, envelope: unknown): SealResult<Uint8Array> {
  const targetError = checkTarget(target);
  if (targetError) return sealFail(targetError);
  if (!(boardSecretKey instanceof Uint8Array) || boardSecretKey.byteLength !== KEY_BYTES) return sealFail('the board secret key must be 32 bytes');
  const bytes = decodeBase64Url(envelope);
  if (!bytes || bytes.byteLength === 0) return sealFail('not a sealed item (expected base64url text)');
  if (bytes[0] !== SEALED_ITEM_VERSION) return sealFail(`unsupported sealed-item version ${bytes[0]}`);
  if (!VALID_LENGTHS.has(bytes.byteLength)) return sealFail(`a sealed item of ${bytes.byteLength} bytes matches no padding bucket`);
  const ephemeralPublic = bytes.subarray(1, 1 + KEY_BYTES);
  const nonce = bytes.subarray(1 + KEY_BYTES, HEADER_BYTES);
  let padded: Uint8Array;
  try {
    const boardPublic = x25519.getPublicKey(boardSecretKey);
    const key = deriveKey(x25519.getSharedSecret(boardSecretKey, ephemeralPublic), ephemeralPublic, boardPublic);
    padded = xchacha20poly1305(key, nonce, associatedData(target)).decrypt(bytes.subarray(HEADER_BYTES));
  } catch {
    return sealFail("the sealed item does not open with this board's key for this place (another key, moved, or tampered)");
  }
  const plaintext = unpad(padded);
  return plaintext ? sealOk(plaintext) : sealFail('the sealed item has malformed padding');
}
