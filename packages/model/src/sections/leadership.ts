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
 * A concurrent take records no `from` for the member who lost: resolveLeadChanges reconciles
 * the log with the section so the loser is named and told.
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
 * A lead someone lost without handing it over, and has not regained since:
 * - 'taken': another member took it from them (the take's record names them as `from`), e.g.
 *   while they were away;
 * - 'conflict': they took it while another member took it too, at least one of them offline;
 *   the document kept the other's take (Yjs last-writer-wins), so they believed they led until
 *   the two devices synced, and no record names them.
 */
export interface LeadLoss {
  /** Stable id for dismissing its notice: the winning take's record id ('taken'), or the loser's own take's ('conflict'). */
  key: string;
  sectionId: string;
  /** Who lost the lead. */
  member: string;
  /** Who took it from them (taken) or whose concurrent take won (conflict). */
  by: string;
  how: 'taken' | 'conflict';
  /** When the winning take happened (its author's clock). */
  at: number;
}

/** What the log and the sections together say about lead changes (see resolveLeadChanges). */
export interface LeadChanges {
  /** Per 'lead.taken' / 'lead.accepted' record id: members who lost a lead they held through it, beyond its recorded `from`. */
  alsoFrom: ReadonlyMap<string, readonly string[]>;
  /** Per 'lead.taken' / 'lead.accepted' record id that lost a concurrent race: the member whose take won. */
  lostTo: ReadonlyMap<string, string>;
  /** Leads lost and not regained, one per member and section. */
  losses: readonly LeadLoss[];
}

/** Undone or redone lead operations leave a member's belief unknown (the record names no section). */
const LEAD_OPERATIONS: ReadonlySet<string> = new Set(['takeLead', 'acceptLead', 'stepBack']);

/**
 * Reconciles each section's lead history (the log, in document order) with who leads it now
 * (the section), so that a concurrent take reads as what it was. Pure; never throws.
 *
 * Walking a section's records, each take or accept opens a "claim" (that member believes they
 * lead) and ends the claim of the member it names as `from` (they saw that member lead). A
 * step back ends one's own claim; an undo or redo of a lead operation ends it too, since the
 * record does not say which section it touched (no notice is better than a wrong one). At the
 * end, a claim still open for anyone but the current lead was lost to a concurrent take: the
 * current lead's claim won. A member named as `from` who did not take the lead back lost it by
 * a take (while someone leads: once nobody does, earlier takes are history).
 */
export function resolveLeadChanges(log: readonly LogEntry[], sections: readonly Pick<SectionView, 'id' | 'lead'>[]): LeadChanges {
  const alsoFrom = new Map<string, string[]>();
  const lostTo = new Map<string, string>();
  const losses: LeadLoss[] = [];
  const leadOf = new Map(sections.map((s) => [s.id, s.lead]));
  const claims = new Map<string, Map<string, LogEntry>>();
  const takenFrom = new Map<string, Map<string, LogEntry>>();
  const of = <V>(map: Map<string, Map<string, V>>, sectionId: string) => {
    let inner = map.get(sectionId);
    if (!inner) map.set(sectionId, (inner = new Map()));
    return inner;
  };

  for (const e of log) {
    if ((e.type === 'undo' || e.type === 'redo') && e.by && LEAD_OPERATIONS.has(e.detail ?? '')) {
      for (const open of claims.values()) open.delete(e.by);
      continue;
    }
    if (!e.sectionId || !e.by || !leadOf.has(e.sectionId)) continue;
    const open = of(claims, e.sectionId);
    const taken = of(takenFrom, e.sectionId);
    if (e.type === 'lead.taken' || e.type === 'lead.accepted') {
      if (e.from && open.has(e.from)) {
        open.delete(e.from);
        if (e.type === 'lead.taken') taken.set(e.from, e);
      }
      open.set(e.by, e);
      taken.delete(e.by);
    } else if (e.type === 'lead.steppedBack') {
      open.delete(e.by);
      taken.delete(e.by);
      // Nobody leads any more: earlier takes are history (anyone may simply take the lead).
      if (open.size === 0) taken.clear();
    }
  }

  for (const [sectionId, lead] of leadOf) {
    const open = claims.get(sectionId);
    const winner = lead === null ? undefined : open?.get(lead);
    if (lead !== null && winner && open) {
      for (const [member, claim] of open) {
        if (member === lead) continue;
        lostTo.set(claim.id, lead);
        if (winner.from !== member) alsoFrom.set(winner.id, [...(alsoFrom.get(winner.id) ?? []), member]);
        losses.push({ key: claim.id, sectionId, member, by: lead, how: 'conflict', at: winner.at });
      }
    }
    // Once nobody leads (the taker stepped back), a take is history: anyone may simply take it.
    for (const [member, recorded] of lead === null ? [] : (takenFrom.get(sectionId) ?? [])) {
      if (member === lead || open?.has(member)) continue;
      // Taken by several at once: the take that kept the lead is the one to tell.
      const take = winner?.from === member ? winner : recorded;
      losses.push({ key: take.id, sectionId, member, by: take.by as string, how: 'taken', at: take.at });
    }
  }
  return { alsoFrom, lostTo, losses };
}

/** resolveLeadChanges over the document's log and sections. */
export function selectLeadChanges(doc: Y.Doc): LeadChanges {
  return resolveLeadChanges(selectLog(doc), selectSections(doc));
}

/** The leads `memberId` lost and has not regained (what their "Take it back" notices show). */
export function selectLeadLosses(doc: Y.Doc, memberId: string): LeadLoss[] {
  return selectLeadChanges(doc).losses.filter((l) => l.member === memberId);
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
