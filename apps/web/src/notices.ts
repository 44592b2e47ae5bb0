/**
 * Which lead notices this member should see, from the document: offers of a lead made to
 * them (Accept / Decline), leads they lost and have not taken back ("Take it back": taken from
 * them, e.g. while they were away, or lost to a concurrent take while one of them was offline;
 * the model's `resolveLeadChanges` works these out), and answers to their own offers. Pure;
 * which notices were dismissed and which log records are "new" are the caller's business.
 */
import type { LeadLoss, LeadOffer, LogEntry } from '@roundtable/model';

/** One notice for this member. `key` is stable, for React and for dismissing. */
export type LeadNotice =
  | { kind: 'offer'; key: string; sectionId: string; from: string }
  | { kind: 'taken'; key: string; sectionId: string; by: string; how: LeadLoss['how'] }
  | { kind: 'answered'; key: string; sectionId: string; by: string; accepted: boolean };

/** What leadNotices needs. */
export interface LeadNoticeInput {
  me: string;
  log: readonly LogEntry[];
  /** Each section's id, lead and pending offer (agenda order). */
  sections: readonly { id: string; lead: string | null; offer: LeadOffer | null }[];
  /** Leads lost and not regained (`resolveLeadChanges(...).losses`), anyone's. */
  losses: readonly LeadLoss[];
  /** True for records that happened while this board was open (answers to offers are news only then). */
  isNew: (entry: LogEntry) => boolean;
  dismissed: ReadonlySet<string>;
}

/**
 * Pending offers to `me` first, then the leads `me` lost (whenever that happened: a lead taken
 * while they were away is news when they come back), then accept/decline answers to offers
 * `me` made while the board was open.
 */
export function leadNotices({ me, log, sections, losses, isNew, dismissed }: LeadNoticeInput): LeadNotice[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const out: LeadNotice[] = [];
  for (const s of sections) {
    if (s.offer?.to !== me) continue;
    const key = `offer:${s.id}:${s.offer.at}:${s.offer.from}`;
    if (!dismissed.has(key)) out.push({ kind: 'offer', key, sectionId: s.id, from: s.offer.from });
  }
  for (const loss of losses) {
    if (loss.member !== me || dismissed.has(loss.key) || !byId.has(loss.sectionId)) continue;
    out.push({ kind: 'taken', key: loss.key, sectionId: loss.sectionId, by: loss.by, how: loss.how });
  }
  for (const e of log) {
    if (!e.sectionId || !e.by || !isNew(e) || dismissed.has(e.id) || !byId.has(e.sectionId)) continue;
    if ((e.type === 'lead.declined' || e.type === 'lead.accepted') && e.from === me) {
      out.push({ kind: 'answered', key: e.id, sectionId: e.sectionId, by: e.by, accepted: e.type === 'lead.accepted' });
    }
  }
  return out;
}
