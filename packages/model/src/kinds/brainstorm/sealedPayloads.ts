/**
 * What is inside a brainstorm's sealed items (the envelope itself is @roundtable/sealing's):
 * UTF-8 JSON, versioned.
 *   draft  {v: 1, text, color}
 *   dots   {v: 1, voter, dots: [targetId, ...]}   one entry per dot, in the voter's own order
 * The voter's member id travels inside the ciphertext only: the relay uses it to keep one
 * allocation per member (anonymous sections have no other trace of it), then drops it. Dots
 * are a list, not a map, so "the first N dots" is well defined when a peer writes too many.
 */
import { decodeUtf8, encodeUtf8 } from 'lib0/string';
import { fail, ok, type Result } from '../../core/result.js';
import { DEFAULT_CARD_COLOUR, MAX_CARD_TEXT, isCardColour, type CardColour } from './schema.js';

/** Version of the payloads this code writes and reads. */
export const PAYLOAD_VERSION = 1;
/** Most dots one allocation may list (more is garbage, not a bigger vote). */
export const MAX_DOTS_IN_PAYLOAD = 1_000;

/** A draft's content. */
export interface DraftPayload {
  text: string;
  color: CardColour;
}

/** A member's dot allocation: one target id per dot. */
export interface DotsPayload {
  voter: string;
  dots: string[];
}

const encodeJson = (value: unknown): Uint8Array => encodeUtf8(JSON.stringify(value));

function decodeJson(bytes: Uint8Array): Record<string, unknown> | null {
  try {
    const value: unknown = JSON.parse(decodeUtf8(bytes));
    return typeof value === 'object' && value !== null && !Array.isArray(value) ? (value as Record<string, unknown>) : null;
  } catch {
    return null;
  }
}

/** The plaintext of a draft. */
export function encodeDraftPayload(draft: DraftPayload): Uint8Array {
  return encodeJson({ v: PAYLOAD_VERSION, text: draft.text, color: draft.color });
}

/** Reads a draft's plaintext; fails on anything but a version 1 draft with valid text. */
export function decodeDraftPayload(bytes: Uint8Array): Result<DraftPayload> {
  const r = decodeJson(bytes);
  if (!r || r.v !== PAYLOAD_VERSION) return fail('not a version 1 draft');
  if (typeof r.text !== 'string' || r.text.trim().length === 0) return fail('the draft has no text');
  if ([...r.text].length > MAX_CARD_TEXT) return fail(`the draft is longer than ${MAX_CARD_TEXT} characters`);
  return ok({ text: r.text, color: isCardColour(r.color) ? r.color : DEFAULT_CARD_COLOUR });
}

/** The plaintext of a dot allocation. */
export function encodeDotsPayload(allocation: DotsPayload): Uint8Array {
  return encodeJson({ v: PAYLOAD_VERSION, voter: allocation.voter, dots: allocation.dots });
}

/** Reads a dot allocation's plaintext; non-string dots are dropped, the rest kept in order. */
export function decodeDotsPayload(bytes: Uint8Array): Result<DotsPayload> {
  const r = decodeJson(bytes);
  if (!r || r.v !== PAYLOAD_VERSION) return fail('not a version 1 dot allocation');
  if (typeof r.voter !== 'string' || r.voter.length === 0 || r.voter.length > 64) return fail('the dot allocation names no voter');
  if (!Array.isArray(r.dots) || r.dots.length > MAX_DOTS_IN_PAYLOAD) return fail('the dot allocation has no list of dots');
  return ok({ voter: r.voter, dots: r.dots.filter((d): d is string => typeof d === 'string' && d.length > 0) });
}
