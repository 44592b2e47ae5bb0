import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { decodeBase64Url, encodeBase64Url } from './base64url.js';
import { MAX_SEALED_PLAINTEXT, PAD_BUCKETS, open, seal, type SealTarget } from './sealedItem.js';
import { generateSealingKeyPair } from './sealingKeys.js';
import { createOpener, createSealer } from './sealers.js';

const target: SealTarget = { boardId: 'board1', sectionId: 'section1', itemId: 'item1', kind: 'draft' };
const text = (s: string) => encodeUtf8(s);
const read = (b: Uint8Array) => decodeUtf8(b);
/** The platform's Web Crypto object, typed for a package built without DOM or Node types. */
const webCrypto = () => (globalThis as unknown as { crypto: { getRandomValues: (a: Uint8Array) => Uint8Array; subtle?: unknown } }).crypto;

function sealed(plaintext = 'my private idea', at: SealTarget = target) {
  const keys = generateSealingKeyPair();
  const result = seal(keys.publicKey, at, text(plaintext));
  if (!result.ok) throw new Error(result.error);
  return { keys, envelope: result.value };
}

afterEach(() => vi.unstubAllGlobals());

describe('sealed items', () => {
  it('round-trip: the board secret key opens what was sealed to its public key', () => {
    for (const plaintext of ['', 'a', 'Went well: the demo ✨', 'x'.repeat(MAX_SEALED_PLAINTEXT)]) {
      const { keys, envelope } = sealed(plaintext);
      const opened = open(keys.secretKey, target, envelope);
      expect(opened.ok && read(opened.value)).toBe(plaintext);
    }
  });

  it('the envelope does not contain the plaintext, and two seals of one text differ', () => {
    const keys = generateSealingKeyPair();
    const a = seal(keys.publicKey, target, text('secret plan'));
    const b = seal(keys.publicKey, target, text('secret plan'));
    expect(a.ok && b.ok).toBe(true);
    if (!a.ok || !b.ok) return;
    expect(a.value).not.toBe(b.value);
    expect(String.fromCharCode(...decodeBase64Url(a.value)!)).not.toContain('secret plan');
  });

  it('another key cannot open it', () => {
    const { envelope } = sealed();
    const other = generateSealingKeyPair();
    const opened = open(other.secretKey, target, envelope);
    expect(opened).toEqual({ ok: false, error: expect.stringContaining('does not open') });
  });

  it('a ciphertext moved to another board, section, item or kind does not open', () => {
    const { keys, envelope } = sealed();
    const moves: SealTarget[] = [
      { ...target, boardId: 'board2' },
      { ...target, sectionId: 'section2' },
      { ...target, itemId: 'item2' },
      { ...target, kind: 'ballot' },
      { ...target, kind: 'dots' },
      // Field boundaries are length-prefixed: shifting a character between fields is another place.
      { ...target, sectionId: 'section1i', itemId: 'tem1' },
    ];
    for (const place of moves) expect(open(keys.secretKey, place, envelope).ok).toBe(false);
    expect(open(keys.secretKey, target, envelope).ok).toBe(true);
  });

  it('any flipped bit is refused, in every part of the envelope', () => {
    const { keys, envelope } = sealed();
    const bytes = decodeBase64Url(envelope)!;
    for (const index of [0, 1, 20, 33, 50, 57, 80, bytes.length - 17, bytes.length - 1]) {
      const tampered = bytes.slice();
      tampered[index]! ^= 0x01;
      const opened = open(keys.secretKey, target, encodeBase64Url(tampered));
      expect(opened.ok, `byte ${index}`).toBe(false);
    }
  });

  it('a truncated or extended envelope is refused', () => {
    const { keys, envelope } = sealed();
    const bytes = decodeBase64Url(envelope)!;
    expect(open(keys.secretKey, target, encodeBase64Url(bytes.subarray(0, bytes.length - 1)))).toEqual({ ok: false, error: expect.stringContaining('padding bucket') });
    const longer = new Uint8Array(bytes.length + 1);
    longer.set(bytes);
    expect(open(keys.secretKey, target, encodeBase64Url(longer)).ok).toBe(false);
  });

  it('padding hides the length: sizes within a bucket seal to the same length', () => {
    const keys = generateSealingKeyPair();
    const lengthOf = (n: number) => {
      const r = seal(keys.publicKey, target, new Uint8Array(n).fill(65));
      return r.ok ? r.value.length : -1;
    };
    expect(lengthOf(0)).toBe(lengthOf(60));
    expect(lengthOf(61)).toBe(lengthOf(252));
    expect(lengthOf(61)).toBeGreaterThan(lengthOf(60));
    const allowed = new Set(PAD_BUCKETS.map((b) => Math.ceil(((57 + b + 16) * 4) / 3)));
    for (const n of [0, 5, 100, 900, 3000, 10000, MAX_SEALED_PLAINTEXT]) expect(allowed.has(lengthOf(n))).toBe(true);
  });

  it('refuses to seal what cannot be sealed, with a message', () => {
    const keys = generateSealingKeyPair();
    expect(seal(keys.publicKey, target, new Uint8Array(MAX_SEALED_PLAINTEXT + 1))).toEqual({ ok: false, error: expect.stringContaining('at most') });
    expect(seal(new Uint8Array(31), target, text('x'))).toEqual({ ok: false, error: 'the board key must be 32 bytes' });
    expect(seal(new Uint8Array(32), target, text('x'))).toEqual({ ok: false, error: expect.stringContaining('not a usable') });
    expect(seal(keys.publicKey, { ...target, itemId: '' }, text('x'))).toEqual({ ok: false, error: 'a sealed item needs a item id' });
    expect(seal(keys.publicKey, { ...target, kind: 'card' as never }, text('x')).ok).toBe(false);
  });

  it('malformed input returns an error value and never throws', () => {
    const keys = generateSealingKeyPair();
    const garbage: unknown[] = [null, undefined, 42, {}, [], '', '!!!!', 'abc', 'a'.repeat(5), 'AQ', '====', 'x'.repeat(100_001), new Uint8Array(10)];
    const random = () => Math.floor(Math.random() * 256);
    for (const bucket of PAD_BUCKETS) {
      const bytes = Uint8Array.from({ length: 57 + bucket + 16 }, random);
      bytes[0] = 1;
      garbage.push(encodeBase64Url(bytes));
      const zeroKey = bytes.slice();
      zeroKey.fill(0, 1, 33); // a low-order ephemeral key
      garbage.push(encodeBase64Url(zeroKey));
    }
    for (const value of garbage) {
      const opened = open(keys.secretKey, target, value);
      expect(opened.ok).toBe(false);
      expect(opened.ok ? '' : opened.error.length).toBeGreaterThan(0);
    }
    expect(open(new Uint8Array(3), target, 'AQ').ok).toBe(false);
  });

  it('works without crypto.subtle (a plain-http LAN origin): only getRandomValues is used', () => {
    const real = webCrypto();
    vi.stubGlobal('crypto', { getRandomValues: real.getRandomValues.bind(real) });
    expect(webCrypto().subtle).toBeUndefined();
    const keys = generateSealingKeyPair();
    const sealer = createSealer('board1', keys.publicKey);
    const opener = createOpener('board1', keys.secretKey);
    const place = { sectionId: 'section1', itemId: 'item1', kind: 'dots' as const };
    const result = sealer(place, text('{"dots":3}'));
    expect(result.ok).toBe(true);
    const opened = result.ok ? opener(place, result.value) : null;
    expect(opened?.ok && read(opened.value)).toBe('{"dots":3}');
    expect(createOpener('board2', keys.secretKey)(place, result.ok ? result.value : '').ok).toBe(false);
  });
});
