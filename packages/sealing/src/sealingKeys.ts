/** Board sealing keys: generation (relay side), parsing the served public key, and its fingerprint. */
import { x25519 } from '@noble/curves/ed25519.js';
import { sha256 } from '@noble/hashes/sha2.js';
import { bytesToHex } from '@noble/hashes/utils.js';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { sealFail, sealOk, type SealResult } from './sealingResult.js';

/** An X25519 key pair. The secret key never leaves the relay. */
export interface SealingKeyPair {
  publicKey: Uint8Array;
  secretKey: Uint8Array;
}

/** A fresh random key pair (crypto.getRandomValues). */
export function generateSealingKeyPair(): SealingKeyPair {
  const secretKey = x25519.utils.randomSecretKey();
  return { secretKey, publicKey: x25519.getPublicKey(secretKey) };
}

/** The public key of a secret key. */
export function publicKeyOf(secretKey: Uint8Array): Uint8Array {
  return x25519.getPublicKey(secretKey);
}

/**
 * A short, human-comparable fingerprint of a public key: the first 8 bytes of its SHA-256 as
 * four hyphen-separated groups of hex ("3f2a-9c01-77be-4d20"). Members compare it across
 * screens to see that they all seal to the same relay key.
 */
export function keyFingerprint(publicKey: Uint8Array): string {
  const hex = bytesToHex(sha256(publicKey).subarray(0, 8));
  return hex.match(/.{4}/g)?.join('-') ?? hex;
}

/** The body of `GET /api/boards/:id/key`. */
export interface BoardKeyResponse {
  /** The board's X25519 public key, unpadded base64url. */
  publicKey: string;
  /** keyFingerprint(publicKey). */
  fingerprint: string;
}

/** The response body for a public key. */
export function boardKeyResponse(publicKey: Uint8Array): BoardKeyResponse {
  return { publicKey: encodeBase64Url(publicKey), fingerprint: keyFingerprint(publicKey) };
}

/**
 * Reads the body of `GET /api/boards/:id/key` into the key to seal to, checking that the
 * fingerprint matches the key. Never throws.
 */
export function parseBoardKeyResponse(body: unknown): SealResult<{ publicKey: Uint8Array; fingerprint: string }> {
  if (typeof body !== 'object' || body === null) return sealFail('the board key response is not an object');
  const r = body as Record<string, unknown>;
  const publicKey = decodeBase64Url(r.publicKey);
  if (!publicKey || publicKey.byteLength !== 32) return sealFail('the board key is not 32 bytes of base64url');
  const fingerprint = keyFingerprint(publicKey);
  if (r.fingerprint !== fingerprint) return sealFail('the board key does not match its fingerprint');
  return sealOk({ publicKey, fingerprint });
}
