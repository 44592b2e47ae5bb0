/**
 * What is inside a sealed ballot (the envelope itself is @roundtable/sealing's): UTF-8 JSON,
 *   {v: 1, voter, level, comment}  followed by spaces up to BALLOT_PLAINTEXT_BYTES
 * Every ballot is padded to the same size, so neither the level nor whether there is a comment
 * shows in the envelope's length (a comment usually comes with a 5-8). The voter's member id
 * travels inside the ciphertext only: the relay keeps one ballot per member by it, then drops
 * it when the section is anonymous.
 */
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { fail, ok, type Result } from '../../core/result.js';
import { MAX_COMMENT, charCount } from './agreementSchema.js';
import { isLevel, type Level } from './levels.js';

/** Version of the payload this code writes and reads. */
export const BALLOT_VERSION = 1;
/**
 * Every ballot plaintext is exactly this long (one padding bucket of the envelope: 4096 − 4).
 * The largest ballot (a 500-character comment of 4-byte characters) fits.
 */
export const BALLOT_PLAINTEXT_BYTES = 4_092;

/** A ballot's content. */
export interface BallotPayload {
  voter: string;
  level: Level;
  comment: string;
}

/** The plaintext of a ballot, padded to BALLOT_PLAINTEXT_BYTES. */
export function encodeBallotPayload(ballot: BallotPayload): Uint8Array {
  const json = encodeUtf8(JSON.stringify({ v: BALLOT_VERSION, voter: ballot.voter, level: ballot.level, comment: ballot.comment }));
  const out = new Uint8Array(Math.max(BALLOT_PLAINTEXT_BYTES, json.byteLength)).fill(0x20);
  out.set(json, 0);
  return out;
}

/** Reads a ballot's plaintext: fails on anything but a version 1 ballot with a level 1-8. */
export function decodeBallotPayload(bytes: Uint8Array): Result<BallotPayload> {
  let value: unknown;
  try {
    value = JSON.parse(decodeUtf8(bytes));
  } catch {
    return fail('the ballot is not JSON');
  }
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return fail('the ballot is not an object');
  const r = value as Record<string, unknown>;
  if (r.v !== BALLOT_VERSION) return fail('not a version 1 ballot');
  if (typeof r.voter !== 'string' || r.voter.length === 0 || r.voter.length > 64) return fail('the ballot names no voter');
  if (!isLevel(r.level)) return fail('the ballot has no level from 1 to 8');
  const comment = typeof r.comment === 'string' ? r.comment : '';
  if (charCount(comment) > MAX_COMMENT) return fail(`the ballot's comment is longer than ${MAX_COMMENT} characters`);
  return ok({ voter: r.voter, level: r.level, comment });
}
