import { describe, expect, it } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { boardKeyResponse, generateSealingKeyPair, keyFingerprint, parseBoardKeyResponse, publicKeyOf } from './sealingKeys.js';

describe('board keys', () => {
  it('a fingerprint is four groups of hex, stable for a key and different for another', () => {
    const a = generateSealingKeyPair();
    const b = generateSealingKeyPair();
    expect(keyFingerprint(a.publicKey)).toMatch(/^[0-9a-f]{4}(-[0-9a-f]{4}){3}$/);
    expect(keyFingerprint(a.publicKey)).toBe(keyFingerprint(publicKeyOf(a.secretKey)));
    expect(keyFingerprint(a.publicKey)).not.toBe(keyFingerprint(b.publicKey));
  });

  it('the served key parses back, and a key that does not match its fingerprint is refused', () => {
    const { publicKey } = generateSealingKeyPair();
    const body = boardKeyResponse(publicKey);
    const parsed = parseBoardKeyResponse(JSON.parse(JSON.stringify(body)));
    expect(parsed.ok && parsed.value.publicKey).toEqual(publicKey);
    const swapped = { ...body, publicKey: encodeBase64Url(generateSealingKeyPair().publicKey) };
    expect(parseBoardKeyResponse(swapped)).toEqual({ ok: false, error: 'the board key does not match its fingerprint' });
    for (const bad of [null, 'key', {}, { publicKey: 'abc', fingerprint: 'x' }]) expect(parseBoardKeyResponse(bad).ok).toBe(false);
  });
});

describe('base64url', () => {
  it('round-trips and refuses padding, foreign characters and non-canonical spellings', () => {
    const bytes = Uint8Array.from({ length: 40 }, (_, i) => i * 7);
    expect(decodeBase64Url(encodeBase64Url(bytes))).toEqual(bytes);
    expect(decodeBase64Url('AQ==')).toBeNull();
    expect(decodeBase64Url('A+/B')).toBeNull();
    expect(decodeBase64Url('AR')).toBeNull(); // 'AQ' is the canonical spelling of [1]
    expect(decodeBase64Url('A')).toBeNull();
    expect(decodeBase64Url(7)).toBeNull();
    expect(decodeBase64Url('')).toEqual(new Uint8Array(0));
  });
});
