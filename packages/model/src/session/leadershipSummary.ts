/**
 * The leadership summary of a session (issue 12): who led which section and for how long, how
 * leadership moved, and how many members contributed (cards, votes, endorsements,
 * commitments). It shows a group how collective its leadership was. A reader: plain data,
 * never throws, imports no operation.
 *
 * Leads are replayed from the session log ('lead.taken' and 'lead.accepted' start a lead,
 * 'lead.steppedBack' and 'section.removed' end it). Two concurrent takes both have a record;
 * the document kept one (Yjs last-writer-wins), so where the replay's last lead of a section
 * differs from the section's stored lead, the stored one is taken as the holder of that span.
 */
import type * as Y from 'yjs';
import type { SectionKind } from '../catalog.js';
import type { LogEntry } from '../core/log.js';
import { selectLog, selectMembers, selectMeta, type MemberView } from '../core/readers.js';
import { selectSections } from '../sections/readers.js';
import { selectAgreement, selectCommitments } from '../kinds/agreement/agreementReaders.js';
import { selectBrainstormState } from '../kinds/brainstorm/boardReaders.js';
import { brainstormSectionMap, readTally } from '../kinds/brainstorm/readers.js';
import { selectPurpose } from '../kinds/purpose/readers.js';

/** One continuous lead of a section by one member. `to` is null while it lasts. */
export interface LeadSpan {
  memberId: string;
  from: number;
  to: number | null;
  /** How it started: a take, or an accepted offer. */
  how: 'took' | 'accepted';
}

/** One change of a section's lead, in log order. */
export interface LeadMove {
  at: number;
  sectionId: string;
  /** Who led before (null: nobody). */
  from: string | null;
  /** Who leads after (null: nobody, after a step back or a removal). */
  to: string | null;
  how: 'took' | 'accepted' | 'steppedBack' | 'removed';
}

/** A section's leadership over the session. */
export interface SectionLeadership {
  sectionId: string;
  title: string;
  kind: SectionKind | null;
  /** False for a section removed since (its title is the one the log last named). */
  onBoard: boolean;
  spans: LeadSpan[];
  /** Time led per member, longest first. */
  leads: { memberId: string; ms: number }[];
  /** Total time the section had a lead. */
  ledMs: number;
  /** Its lead now, or null. */
  currentLead: string | null;
}

/** What one member did in the session. */
export interface MemberContribution {
  memberId: string;
  name: string;
  color: string | null;
  /** Cards with their name (anonymous cards count in the totals only). */
  cards: number;
  /** Votes they took part in: a brainstorm's dot vote, an agreement round (named ones). */
  votes: number;
  /** Purpose endorsements (current or earlier). */
  endorsements: number;
  /** Commitments they own (accepted or their own). */
  commitments: number;
  /** Sections they led at some point, and for how long in all. */
  sectionsLed: number;
  ledMs: number;
}

/** The whole summary. */
export interface LeadershipSummary {
  /** The session's first record (the board's creation), or null with an empty log. */
  from: number | null;
  /** The end of the span summarised: open leads count up to here. */
  until: number;
  sections: SectionLeadership[];
  moves: LeadMove[];
  /** Every member and every id the log names as a lead, by name. */
  members: MemberContribution[];
  totals: {
    members: number;
    /** Members who led, wrote a card, voted, endorsed or committed. */
    contributors: number;
    /** Members who led at least one section. */
    leads: number;
    /** Moves of a lead from one member straight to another (take-overs and hand-overs). */
    handovers: number;
    cards: number;
    anonymousCards: number;
    votes: number;
    anonymousVotes: number;
    endorsements: number;
    commitments: number;
    /** Share (0..1) of all led time held by the member who led longest; null when nobody led. */
    topLeadShare: number | null;
  };
}

const STARTS = new Set(['lead.taken', 'lead.accepted']);

/** Replays the log's lead records into spans and moves per section. */
function replayLeads(log: readonly LogEntry[]): { spans: Map<string, LeadSpan[]>; moves: LeadMove[]; titles: Map<string, string>; removed: Set<string> } {
  const spans = new Map<string, LeadSpan[]>();
  const current = new Map<string, LeadSpan>();
  const moves: LeadMove[] = [];
  const titles = new Map<string, string>();
  const removed = new Set<string>();
  const end = (sectionId: string, at: number): string | null => {
    const open = current.get(sectionId);
    if (!open) return null;
    open.to = Math.max(open.from, at);
    current.delete(sectionId);
    return open.memberId;
  };
  for (const entry of log) {
    const sectionId = entry.sectionId;
    if (sectionId === undefined) continue;
    if (entry.type === 'section.added' && entry.detail) titles.set(sectionId, entry.detail);
    if (STARTS.has(entry.type) && entry.by !== null) {
      if (current.get(sectionId)?.memberId === entry.by) continue;
      const previous = end(sectionId, entry.at);
      const span: LeadSpan = { memberId: entry.by, from: entry.at, to: null, how: entry.type === 'lead.taken' ? 'took' : 'accepted' };
      spans.set(sectionId, [...(spans.get(sectionId) ?? []), span]);
      current.set(sectionId, span);
      moves.push({ at: entry.at, sectionId, from: previous, to: entry.by, how: span.how });
    } else if (entry.type === 'lead.steppedBack' || entry.type === 'section.removed') {
      if (entry.type === 'section.removed') {
        removed.add(sectionId);
        if (entry.detail) titles.set(sectionId, entry.detail);
      }
      const previous = end(sectionId, entry.at);
      if (previous !== null) moves.push({ at: entry.at, sectionId, from: previous, to: null, how: entry.type === 'lead.steppedBack' ? 'steppedBack' : 'removed' });
    }
  }
  return { spans, moves, titles, removed };
}

const spanMs = (span: LeadSpan, until: number): number => Math.max(0, (span.to ?? Math.max(until, span.from)) - span.from);

/** The leadership summary of the board up to `until` (ms; the export's or the screen's now). */
export function selectLeadershipSummary(doc: Y.Doc, args: { until: number }): LeadershipSummary {
  const until = args.until;
  const log = selectLog(doc);
  const sections = selectSections(doc);
  const { spans, moves, titles, removed } = replayLeads(log);

  // The stored lead wins over the replay where concurrent takes were merged.
  for (const section of sections) {
    const list = spans.get(section.id) ?? [];
    const last = list[list.length - 1];
    if (last && last.to === null && section.lead !== null && last.memberId !== section.lead) last.memberId = section.lead;
  }

  const contributions = new Map<string, MemberContribution>();
  const members = selectMembers(doc);
  const contributor = (id: string, view?: MemberView): MemberContribution => {
    let entry = contributions.get(id);
    if (!entry) {
      entry = { memberId: id, name: view?.name ?? 'Someone', color: view?.color ?? null, cards: 0, votes: 0, endorsements: 0, commitments: 0, sectionsLed: 0, ledMs: 0 };
      contributions.set(id, entry);
    }
    return entry;
  };
  for (const member of members) contributor(member.id, member);

  const totals = { cards: 0, anonymousCards: 0, votes: 0, anonymousVotes: 0, endorsements: 0, commitments: 0 };
  for (const section of sections) {
    if (section.kind === 'brainstorm') {
      const state = selectBrainstormState(doc, section.id);
      for (const card of state?.cards.values() ?? []) {
        totals.cards += 1;
        if (card.author === null) totals.anonymousCards += 1;
        else contributor(card.author).cards += 1;
      }
      const tally = readTally(brainstormSectionMap(doc, section.id)?.get('tally'));
      if (tally) {
        totals.votes += tally.ballots;
        if (tally.voters === null) totals.anonymousVotes += tally.ballots;
        else for (const voter of tally.voters) contributor(voter).votes += 1;
      }
    } else if (section.kind === 'agreement') {
      for (const round of selectAgreement(doc, section.id)?.rounds ?? []) {
        for (const vote of round.result?.votes ?? []) {
          totals.votes += 1;
          if (vote.voter === null) totals.anonymousVotes += 1;
          else contributor(vote.voter).votes += 1;
        }
      }
    } else if (section.kind === 'purpose') {
      for (const endorsement of selectPurpose(doc, section.id)?.endorsements ?? []) {
        totals.endorsements += 1;
        contributor(endorsement.memberId).endorsements += 1;
      }
    }
  }
  for (const commitment of selectCommitments(doc)) {
    if (commitment.state !== 'active') continue;
    totals.commitments += 1;
    contributor(commitment.owner).commitments += 1;
  }

  const onBoard = new Map(sections.map((s) => [s.id, s]));
  const order = [...sections.map((s) => s.id), ...[...spans.keys()].filter((id) => !onBoard.has(id))];
  const sectionViews: SectionLeadership[] = order.map((sectionId) => {
    const section = onBoard.get(sectionId);
    const list = spans.get(sectionId) ?? [];
    const perMember = new Map<string, number>();
    for (const span of list) perMember.set(span.memberId, (perMember.get(span.memberId) ?? 0) + spanMs(span, until));
    const leads = [...perMember].map(([memberId, ms]) => ({ memberId, ms })).sort((a, b) => b.ms - a.ms || (a.memberId < b.memberId ? -1 : 1));
    for (const { memberId, ms } of leads) {
      const entry = contributor(memberId);
      entry.sectionsLed += 1;
      entry.ledMs += ms;
    }
    return {
      sectionId,
      title: section?.title ?? titles.get(sectionId) ?? 'A removed section',
      kind: section?.kind ?? null,
      onBoard: section !== undefined && !removed.has(sectionId),
      spans: list.map((s) => ({ ...s })),
      leads,
      ledMs: leads.reduce((sum, l) => sum + l.ms, 0),
      currentLead: section?.lead ?? null,
    };
  });

  const all = [...contributions.values()].sort((a, b) => a.name.localeCompare(b.name) || (a.memberId < b.memberId ? -1 : 1));
  const totalLed = all.reduce((sum, m) => sum + m.ledMs, 0);
  const topLed = all.reduce((max, m) => Math.max(max, m.ledMs), 0);
  const first = log[0]?.at ?? selectMeta(doc).createdAt;
  return {
    from: first ?? null,
    until,
    sections: sectionViews,
    moves,
    members: all,
    totals: {
      members: members.length,
      contributors: all.filter((m) => m.cards + m.votes + m.endorsements + m.commitments + m.sectionsLed > 0).length,
      leads: all.filter((m) => m.sectionsLed > 0).length,
      handovers: moves.filter((m) => m.from !== null && m.to !== null).length,
      ...totals,
      topLeadShare: totalLed > 0 ? topLed / totalLed : null,
    },
  };
}
