/**
 * Which lead notices this member should see, from the document: offers of a lead made to
 * them (Accept / Decline), takes of a lead away from them ("Take it back"), and answers to
 * their own offers. Pure; which notices were dismissed and which log records are "new" are
 * the caller's (device-local) business.
 */
import type { LeadOffer, LogEntry } from '@roundtable/model';

/** One notice for this member. `key` is stable, for React and for dismissing. */
export type LeadNotice =
  | { kind: 'offer'; key: string; sectionId: string; from: string }
  | { kind: 'taken'; key: string; sectionId: string; by: string }
  | { kind: 'answered'; key: string; sectionId: string; by: string; accepted: boolean };

/** What leadNotices needs. */
export interface LeadNoticeInput {
  me: string;
  log: readonly LogEntry[];
  /** Each section's id, lead and pending offer (agenda order). */
  sections: readonly { id: string; lead: string | null; offer: LeadOffer | null }[];
  /** True for records that happened while this board was open (not history). */
  isNew: (entry: LogEntry) => boolean;
  dismissed: ReadonlySet<string>;
}

/**
 * Pending offers to `me` first, then in log order: the latest take of each section from `me`
 * while someone else still holds it, and accept/decline answers to offers `me` made.
 */
export function leadNotices({ me, log, sections, isNew, dismissed }: LeadNoticeInput): LeadNotice[] {
  const byId = new Map(sections.map((s) => [s.id, s]));
  const out: LeadNotice[] = [];
  for (const s of sections) {
    if (s.offer?.to !== me) continue;
    const key = `offer:${s.id}:${s.offer.at}:${s.offer.from}`;
    if (!dismissed.has(key)) out.push({ kind: 'offer', key, sectionId: s.id, from: s.offer.from });
  }
  const latestTake = new Map<string, LogEntry>();
  const answers: LeadNotice[] = [];
  for (const e of log) {
    if (!e.sectionId || !e.by || !isNew(e) || dismissed.has(e.id)) continue;
    if (e.type === 'lead.taken' && e.from === me && e.by !== me) latestTake.set(e.sectionId, e);
    if ((e.type === 'lead.declined' || e.type === 'lead.accepted') && e.from === me) {
      answers.push({ kind: 'answered', key: e.id, sectionId: e.sectionId, by: e.by, accepted: e.type === 'lead.accepted' });
    }
  }
  for (const e of latestTake.values()) {
    const section = byId.get(e.sectionId!);
    if (section && section.lead !== me) out.push({ kind: 'taken', key: e.id, sectionId: e.sectionId!, by: e.by! });
  }
  return [...out, ...answers.filter((a) => byId.has(a.sectionId))];
}
