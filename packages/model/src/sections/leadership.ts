/**
 * Collective leadership of sections (DESIGN §3): take the lead, hand it over (offer, then the
 * named member accepts or declines), step back.
 *
 * Stored shape, on each section's Y.Map:
 *   lead   string                 member id of the lead; key absent when nobody leads
 *   offer  {from, to, at}         one plain value (atomic under concurrency); key absent when none
 *
 * Concurrency: `lead` is a Y.Map key, so concurrent takes resolve last-writer-wins by Yjs
 * client id, the same on every peer. Every attempt appends its own log record (the log is a
 * Y.Array, so concurrent pushes all survive): the log says who tried, the section says who won.
 * An offer only counts while its author still leads (or nobody does; see readSection), so a
 * take concurrent with an offer makes the offer stale instead of letting it steal the lead back.
 */
import type * as Y from 'yjs';
import { checkAt } from '../core/guards.js';
import { appendLog, type LogEntry } from '../core/log.js';
import { LocalOrigin } from '../core/origin.js';
import { canUseLeadPowers, findSection } from './permissions.js';
import { fail, ok, type Result } from '../core/result.js';
import { roots } from '../core/schema.js';
import { readMember, selectLog, type MemberView } from '../core/readers.js';
import { selectSections, type LeadOffer, type SectionView } from './readers.js';

/** Arguments of the lead operations: the section, the member doing it, when (ms since epoch). */
export interface LeadArgs {
  sectionId: string;
  by: string;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** Suggested time without a sign of life after which a lead is shown as away. */
export const AWAY_AFTER_MS = 2 * 60 * 1_000;

const LEAD_LOG_TYPES: ReadonlySet<string> = new Set(['lead.taken', 'lead.offered', 'lead.accepted', 'lead.declined', 'lead.steppedBack']);

function hasMember(doc: Y.Doc, id: unknown): id is string {
  return typeof id === 'string' && readMember(id, roots(doc).members.get(id)) !== null;
}

/**
 * `by` takes the lead of a section, whoever led it before (the UI confirms first when the
 * current lead is active: see takeNeedsConfirmation). Clears any pending offer. Logs
 * 'lead.taken' with `from` = the previous lead, which the UI uses for "take it back".
 */
export function takeLead(doc: Y.Doc, args: LeadArgs): Result {
  const found = findSection(doc, args.sectionId);
  if (!found.ok) return found;
  if (!hasMember(doc, args.by)) return fail(`no member "${String(args.by)}"`);
  const { map, view } = found.value;
  if (view.lead === args.by) return fail('you already lead this section');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  doc.transact(() => {
    map.set('lead', args.by);
    if (map.has('offer')) map.delete('offer');
    appendLog(doc, { at: at.value, by: args.by, type: 'lead.taken', sectionId: args.sectionId, from: view.lead ?? undefined });
  }, new LocalOrigin('takeLead'));
  return ok(undefined);
}

/**
 * The lead (or anyone, on a section nobody leads) offers the lead to member `to`, who then
 * accepts or declines. A new offer replaces a pending one.
 */
export function offerLead(doc: Y.Doc, args: LeadArgs & { to: string }): Result {
  const found = findSection(doc, args.sectionId);
  if (!found.ok) return found;
  const { map, view } = found.value;
  if (!hasMember(doc, args.by)) return fail(`no member "${String(args.by)}"`);
  if (!canUseLeadPowers(view, args.by)) return fail('only the lead of this section can hand it over');
  if (!hasMember(doc, args.to)) return fail(`no member "${String(args.to)}" on this board`);
  if (args.to === args.by) return fail('you cannot offer the lead to yourself');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const offer: LeadOffer = { from: args.by, to: args.to, at: at.value };
  doc.transact(() => {
    map.set('offer', offer);
    appendLog(doc, { at: at.value, by: args.by, type: 'lead.offered', sectionId: args.sectionId, to: args.to });
  }, new LocalOrigin('offerLead'));
  return ok(undefined);
}

/** The section and its pending offer to `args.by`, or fail. Writes nothing. */
function findOfferTo(doc: Y.Doc, args: LeadArgs): Result<{ map: Y.Map<unknown>; offer: LeadOffer }> {
  const found = findSection(doc, args.sectionId);
  if (!found.ok) return found;
  const offer = found.value.view.offer;
  if (offer === null || offer.to !== args.by) return fail('there is no offer of this lead to you');
  return ok({ map: found.value.map, offer });
}

/** `by` accepts the pending offer made to them: they lead the section, the offer is gone. */
export function acceptLead(doc: Y.Doc, args: LeadArgs): Result {
  const found = findOfferTo(doc, args);
  if (!found.ok) return found;
  const { map, offer } = found.value;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  doc.transact(() => {
    map.set('lead', args.by);
    map.delete('offer');
    appendLog(doc, { at: at.value, by: args.by, type: 'lead.accepted', sectionId: args.sectionId, from: offer.from });
  }, new LocalOrigin('acceptLead'));
  return ok(undefined);
}

/** `by` declines the pending offer made to them: the offer is gone, the lead unchanged. */
export function declineLead(doc: Y.Doc, args: LeadArgs): Result {
  const found = findOfferTo(doc, args);
  if (!found.ok) return found;
  const { map, offer } = found.value;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  doc.transact(() => {
    map.delete('offer');
    appendLog(doc, { at: at.value, by: args.by, type: 'lead.declined', sectionId: args.sectionId, from: offer.from });
  }, new LocalOrigin('declineLead'));
  return ok(undefined);
}

/** The lead steps back: nobody leads the section, and their pending offer is withdrawn. */
export function stepBack(doc: Y.Doc, args: LeadArgs): Result {
  const found = findSection(doc, args.sectionId);
  if (!found.ok) return found;
  const { map, view } = found.value;
  if (view.lead !== args.by) return fail('only the lead of this section can step back');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  doc.transact(() => {
    map.delete('lead');
    if (map.has('offer')) map.delete('offer');
    appendLog(doc, { at: at.value, by: args.by, type: 'lead.steppedBack', sectionId: args.sectionId });
  }, new LocalOrigin('stepBack'));
  return ok(undefined);
}

/** Who leads what: one row per section, in agenda order. */
export interface LeadershipView {
  sectionId: string;
  title: string;
  lead: string | null;
  offer: LeadOffer | null;
}

/** Who leads each section and the pending hand-overs, in agenda order. */
export function selectLeadership(doc: Y.Doc): LeadershipView[] {
  return selectSections(doc).map((s) => ({ sectionId: s.id, title: s.title, lead: s.lead, offer: s.offer }));
}

/** Pending offers of a section's lead to `memberId` (what the UI asks them to accept). */
export function selectOffersTo(doc: Y.Doc, memberId: string): LeadershipView[] {
  return selectLeadership(doc).filter((row) => row.offer?.to === memberId);
}

/** The lead changes of one section (or of all sections), in log order. */
export function selectLeadHistory(doc: Y.Doc, sectionId?: string): LogEntry[] {
  return selectLog(doc).filter((e) => LEAD_LOG_TYPES.has(e.type) && (sectionId === undefined || e.sectionId === sectionId));
}

/**
 * The takes of a lead away from `memberId` after `since` (ms): the notices offering them to
 * "take it back". The UI keeps which ones were dismissed (device-local).
 */
export function selectLeadTakenFrom(doc: Y.Doc, memberId: string, since = Number.NEGATIVE_INFINITY): LogEntry[] {
  return selectLog(doc).filter((e) => e.type === 'lead.taken' && e.from === memberId && e.at > since);
}

/**
 * True when the member showed no sign of life for longer than `thresholdMs` (or never did).
 * `lastSeen` comes from the document (upsertMember) or, better, awareness: that is UI business.
 */
export function isAway(member: Pick<MemberView, 'lastSeen'>, now: number, thresholdMs: number = AWAY_AFTER_MS): boolean {
  return member.lastSeen === null || now - member.lastSeen > thresholdMs;
}

/**
 * True when taking the lead of `section` must be confirmed: someone else leads it and that
 * member is known and not away. Away or unknown leads can be taken over at once.
 */
export function takeNeedsConfirmation(
  section: Pick<SectionView, 'lead'>,
  by: string,
  lead: Pick<MemberView, 'lastSeen'> | null,
  now: number,
  thresholdMs: number = AWAY_AFTER_MS,
): boolean {
  if (section.lead === null || section.lead === by || lead === null) return false;
  return !isAway(lead, now, thresholdMs);
}
