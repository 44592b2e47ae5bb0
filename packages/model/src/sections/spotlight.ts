/**
 * Spotlight: a lead asks everyone to follow to their section.
 *
 * Stored shape: one plain value under `meta.spotlight` = { sectionId, by, at }; key absent
 * when nobody spotlights. One board-wide spotlight: a new one replaces the previous one.
 * Whether a member follows (or opted out with 'stop following', then rejoined) is device-local
 * UI state and never enters the document.
 */
import * as Y from 'yjs';
import { checkAt } from '../core/guards.js';
import { appendLog } from '../core/log.js';
import { LocalOrigin } from '../core/origin.js';
import { canUseLeadPowers, requireLeadPowers } from './permissions.js';
import { fail, ok, type Result } from '../core/result.js';
import { roots } from '../core/schema.js';
import { selectSection } from './readers.js';

/** The active spotlight: which section everyone is asked to follow to, who asked and when. */
export interface SpotlightView {
  sectionId: string;
  by: string;
  at: number;
}

/** A stored spotlight as plain data, or null when absent or malformed. */
export function readSpotlight(value: unknown): SpotlightView | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value) || value instanceof Y.AbstractType) return null;
  const r = value as Record<string, unknown>;
  if (typeof r.sectionId !== 'string' || typeof r.by !== 'string' || r.by.length === 0) return null;
  if (typeof r.at !== 'number' || !Number.isFinite(r.at)) return null;
  return { sectionId: r.sectionId, by: r.by, at: r.at };
}

/** The active spotlight, or null (also when its section has been removed since). */
export function selectSpotlight(doc: Y.Doc): SpotlightView | null {
  const spotlight = readSpotlight(roots(doc).meta.get('spotlight'));
  if (spotlight === null || selectSection(doc, spotlight.sectionId) === null) return null;
  return spotlight;
}

/** Asks everyone to follow to `sectionId`. A lead power of that section. */
export function startSpotlight(doc: Y.Doc, args: { sectionId: string; by: string; at: number }): Result<SpotlightView> {
  const found = requireLeadPowers(doc, args.sectionId, args.by, 'spotlight it');
  if (!found.ok) return found;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const spotlight: SpotlightView = { sectionId: args.sectionId, by: args.by, at: at.value };
  doc.transact(() => {
    roots(doc).meta.set('spotlight', { ...spotlight });
    appendLog(doc, { at: spotlight.at, by: args.by, type: 'spotlight.started', sectionId: args.sectionId });
  }, new LocalOrigin('startSpotlight'));
  return ok(spotlight);
}

/**
 * Ends the spotlight. Allowed to whoever started it and to anyone with lead powers over the
 * spotlighted section (its lead, or anyone when it has none or is gone).
 */
export function endSpotlight(doc: Y.Doc, args: { by: string; at: number }): Result {
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const { meta } = roots(doc);
  const stored = meta.get('spotlight');
  if (stored === undefined) return fail('nothing is spotlighted');
  const spotlight = readSpotlight(stored);
  const section = spotlight ? selectSection(doc, spotlight.sectionId) : null;
  const allowed = spotlight === null || section === null || spotlight.by === args.by || canUseLeadPowers(section, args.by);
  if (!allowed) return fail('only the lead of the spotlighted section can end the spotlight');
  doc.transact(() => {
    meta.delete('spotlight');
    appendLog(doc, { at: at.value, by: args.by, type: 'spotlight.ended', sectionId: spotlight?.sectionId });
  }, new LocalOrigin('endSpotlight'));
  return ok(undefined);
}
