/**
 * A stand-in for @roundtable/sealing in model tests (the model must not depend on crypto):
 * the envelope is base64 of the place it was sealed for and the plaintext XOR-ed with 0x5a,
 * so plaintext never shows in the document and an envelope moved to another place does not
 * open. Not sealing: the relay's tests use the real envelope.
 */
import { fromBase64, toBase64 } from 'lib0/buffer';
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { fail, ok } from '../core/result.js';
import type { Opener, SealedItemPlace, Sealer } from '../core/sealedItems.js';

const tag = (place: SealedItemPlace) => `${place.sectionId}|${place.itemId}|${place.kind}`;

/** Seals for tests: see the header. */
export const testSealer: Sealer = (place, plaintext) => {
  const head = encodeUtf8(tag(place) + '\n');
  const out = new Uint8Array(head.byteLength + plaintext.byteLength);
  out.set(head, 0);
  plaintext.forEach((b, i) => (out[head.byteLength + i] = b ^ 0x5a));
  return ok(toBase64(out));
};

/** Opens what testSealer sealed, for the same place only. */
export const testOpener: Opener = (place, envelope) => {
  if (typeof envelope !== 'string') return fail('not a sealed item');
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(envelope);
  } catch {
    return fail('not a sealed item');
  }
  const newline = bytes.indexOf(10);
  if (newline < 0 || decodeUtf8(bytes.subarray(0, newline)) !== tag(place)) return fail('the sealed item does not open here');
  return ok(bytes.subarray(newline + 1).map((b) => b ^ 0x5a));
};
