/**
 * The shape of a board document. One Y.Doc per board:
 *
 *   meta      Y.Map   title, schemaVersion, createdAt, template, spotlight? {sectionId, by, at}
 *   sections  Y.Map   sectionId -> Y.Map { id, order, kind, title, lead?, offer? {from, to, at},
 *                     phase, timer? {state, durationMs, startedAt, pausedRemainingMs}, ... and
 *                     the keys its kind owns (kinds/<kind>/schema.ts), nested in the section's map }
 *   members   Y.Map   memberId  -> Y.Map { name, color, firstSeen, lastSeen }
 *   log       Y.Array append-only LogEntry records (plain JSON)
 *
 * Keyed maps, not arrays, for everything that moves (sections, later cards): moving an
 * array item is delete + insert and loses concurrent edits to it. Order is a fractional
 * index string per item, ties broken by id. Values that must change together (a lead offer,
 * a timer, the spotlight) are one plain JSON value under one key, so concurrent writes resolve
 * last-writer-wins as a whole instead of mixing fields of two writes.
 */
import * as Y from 'yjs';

/** Bumped with every schema change; see migrations.ts. */
export const SCHEMA_VERSION = 2;

/** Longest board or section title, in characters (longer input is cut). */
export const MAX_TITLE_LENGTH = 200;
/** Longest member name, in characters. */
export const MAX_NAME_LENGTH = 60;
/** A member's colour: `#rrggbb`. */
export const COLOR_PATTERN = /^#[0-9a-fA-F]{6}$/;
/** Shown for a member whose stored colour is missing or invalid. */
export const DEFAULT_MEMBER_COLOR = '#64748b';
/** A member id: the device-held id of a person, 6-64 URL-safe characters. */
export const MEMBER_ID_PATTERN = /^[A-Za-z0-9_-]{6,64}$/;

/** The top-level shared types of a board document, created on first access. */
export interface BoardRoots {
  meta: Y.Map<unknown>;
  sections: Y.Map<Y.Map<unknown>>;
  members: Y.Map<Y.Map<unknown>>;
  log: Y.Array<unknown>;
}

/** Returns the board's root types. Cheap: Yjs caches them by name. */
export function roots(doc: Y.Doc): BoardRoots {
  return {
    meta: doc.getMap('meta'),
    sections: doc.getMap('sections') as Y.Map<Y.Map<unknown>>,
    members: doc.getMap('members') as Y.Map<Y.Map<unknown>>,
    log: doc.getArray('log'),
  };
}
