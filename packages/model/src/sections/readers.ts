/**
 * Read side of the agenda: sections (with their lead, live offer and timer) as plain,
 * immutable data. Readers never throw: a hostile or buggy peer can write anything into a CRDT,
 * so each field is checked and what is invalid is skipped or replaced by a neutral default.
 * Readers import no operations (tools/layers checks it). Meta, members and the log: core/readers.ts.
 */
import * as Y from 'yjs';
import { PHASES, isSectionKind, type SectionKind } from '../catalog.js';
import { finiteOrNull, isMemberId, isRecord, stringOr } from '../core/guards.js';
import { compareOrdered, isValidOrderKey } from '../core/order.js';
import { roots } from '../core/schema.js';

/** One agenda section as plain data. */
export interface SectionView {
  id: string;
  order: string;
  kind: SectionKind;
  title: string;
  /** Member id of the section's lead, or null when nobody leads it. */
  lead: string | null;
  phase: string;
  /** The pending hand-over, or null. Stale offers (the offerer no longer leads) read as null. */
  offer: LeadOffer | null;
  /** The section's shared timer, or null when none was ever started (or it was garbage). */
  timer: TimerView | null;
}

/** A hand-over of a section's lead from `from` to `to`, made at `at`. Stored as one plain value. */
export interface LeadOffer {
  from: string;
  to: string;
  at: number;
}

/** Timer states: `idle` after a reset (shows its full duration), `running`, `paused`. */
export const TIMER_STATES = ['idle', 'running', 'paused'] as const;
/** One of TIMER_STATES. */
export type TimerState = (typeof TIMER_STATES)[number];

/**
 * A section timer as stored (one plain value under the section's `timer` key). Times are
 * relay-corrected milliseconds since the epoch. `running`: remaining = durationMs - (now -
 * startedAt). `paused`: remaining = pausedRemainingMs. `idle`: remaining = durationMs.
 */
export interface TimerView {
  state: TimerState;
  durationMs: number;
  startedAt: number | null;
  pausedRemainingMs: number | null;
}

/** Shortest timer a section may run (shorter is refused): 1 second. */
export const MIN_TIMER_MS = 1_000;
/** Longest timer: 24 hours. */
export const MAX_TIMER_MS = 24 * 60 * 60 * 1_000;

/** Sorts after every valid fractional key (they start with a letter or digit). */
const INVALID_ORDER = '\uffff';

/** One section as plain data, or null when absent or not a section. */
export function readSection(id: string, value: unknown): SectionView | null {
  if (!(value instanceof Y.Map)) return null;
  const kind = value.get('kind');
  if (!isSectionKind(kind)) return null;
  const order = value.get('order');
  const phase = value.get('phase');
  const lead = value.get('lead');
  return {
    id,
    order: isValidOrderKey(order) ? order : INVALID_ORDER,
    kind,
    title: stringOr(value.get('title'), 'Untitled section'),
    lead: typeof lead === 'string' && lead.length > 0 ? lead : null,
    phase: typeof phase === 'string' && PHASES[kind].includes(phase) ? phase : (PHASES[kind][0] ?? ''),
    offer: liveOffer(readOffer(value.get('offer')), typeof lead === 'string' && lead.length > 0 ? lead : null),
    timer: readTimer(value.get('timer')),
  };
}

/** A stored lead offer as plain data, or null when absent or malformed. */
export function readOffer(value: unknown): LeadOffer | null {
  if (!isRecord(value)) return null;
  const at = finiteOrNull(value.at);
  if (!isMemberId(value.from) || !isMemberId(value.to) || at === null || value.from === value.to) return null;
  return { from: value.from, to: value.to, at };
}

/**
 * An offer only counts while its author still leads the section, or nobody does (an offer
 * made on a lead-less section, or whose author stepped back since). A take by someone else
 * makes it stale even when the take and the offer were concurrent.
 */
function liveOffer(offer: LeadOffer | null, lead: string | null): LeadOffer | null {
  if (!offer) return null;
  if (lead !== null && lead !== offer.from) return null;
  return offer;
}

const inTimerRange = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v) && v >= 0 && v <= MAX_TIMER_MS;

/** A stored timer as plain data, or null when absent or inconsistent. */
export function readTimer(value: unknown): TimerView | null {
  if (!isRecord(value)) return null;
  const r = value;
  const state = r.state;
  if (typeof state !== 'string' || !(TIMER_STATES as readonly string[]).includes(state)) return null;
  if (!inTimerRange(r.durationMs)) return null;
  const durationMs = r.durationMs;
  if (state === 'running') {
    const startedAt = finiteOrNull(r.startedAt);
    return startedAt === null ? null : { state, durationMs, startedAt, pausedRemainingMs: null };
  }
  if (state === 'paused') {
    if (!inTimerRange(r.pausedRemainingMs)) return null;
    return { state, durationMs, startedAt: null, pausedRemainingMs: Math.min(r.pausedRemainingMs, durationMs) };
  }
  return { state: 'idle', durationMs, startedAt: null, pausedRemainingMs: null };
}

/** One section by id, or null when absent or malformed. */
export function selectSection(doc: Y.Doc, sectionId: string): SectionView | null {
  return readSection(sectionId, roots(doc).sections.get(sectionId));
}

/** The agenda in order. */
export function selectSections(doc: Y.Doc): SectionView[] {
  const out: SectionView[] = [];
  roots(doc).sections.forEach((value, id) => {
    const section = readSection(id, value);
    if (section) out.push(section);
  });
  return out.sort(compareOrdered);
}
