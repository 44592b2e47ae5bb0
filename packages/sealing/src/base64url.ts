/**
 * Strict base64url (RFC 4648 §5, no padding) for sealed items and keys. lib0 does the
 * conversion; this file adds the check lib0 leaves out, so that garbage from a hostile peer
 * is an error value instead of an exception or a silently truncated decode.
 */
import { fromBase64UrlEncoded, toBase64UrlEncoded } from 'lib0/buffer';

const ALPHABET = /^[A-Za-z0-9_-]*$/;

/** Encodes bytes as unpadded base64url. */
export function encodeBase64Url(bytes: Uint8Array): string {
  return toBase64UrlEncoded(bytes);
}

/**
 * Decodes unpadded base64url, or returns null for anything else (other characters, padding,
 * an impossible length, or a value that is not a string).
 */
export function decodeBase64Url(text: unknown): Uint8Array | null {
  if (typeof text !== 'string' || !ALPHABET.test(text) || text.length % 4 === 1) return null;
  try {
    const bytes = fromBase64UrlEncoded(text);
    // Non-canonical trailing bits would decode two spellings to one value: refuse them.
    return toBase64UrlEncoded(bytes) === text ? bytes : null;
  } catch {
    return null;
  }
}
