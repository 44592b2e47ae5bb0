/**
 * "Since your last visit": what others added to a board that this device had not seen, read
 * from the document itself. Which writes were seen is the caller's (`seen`: a Yjs item id →
 * true when that write was already on the device when the member last looked, e.g. covered by
 * the state vector stored at the end of the last visit, or arrived live while they watched).
 *
 * Why Yjs item ids and not the `at` times: an edit made offline carries the time it was made,
 * hours before it reaches anyone. A member who looked at the board in between would never see
 * it by time; by item id it is unseen until it has been on their device. Pure reader: imports
 * no operation, never throws, skips garbage.
 */
import * as Y from 'yjs';
import { isMemberId } from '../core/guards.js';
import type { LogEntry } from '../core/log.js';
import { readLogEntry } from '../core/readers.js';
import { roots } from '../core/schema.js';
import { readSection, type SectionView } from '../sections/readers.js';
import { COMMITMENT_PREFIX, DECISION_LABELS, ROUND_PREFIX } from '../kinds/agreement/agreementSchema.js';
import { readCommitment, readOutcome } from '../kinds/agreement/agreementReaders.js';
import { readCard } from '../kinds/brainstorm/readers.js';
import { PURPOSE_FIELDS } from '../kinds/purpose/schema.js';

/** A Yjs item id: the writing client and its clock. */
export interface ItemId {
  client: number;
  clock: number;
}

/** True when the write with this id was already seen by the member. */
export type SeenFilter = (id: ItemId) => boolean;

/** What kind of news a change is. */
export const VISIT_CHANGE_KINDS = ['card', 'vote', 'endorsement', 'decision', 'commitment', 'lead', 'purpose'] as const;
/** One of VISIT_CHANGE_KINDS. */
export type VisitChangeKind = (typeof VISIT_CHANGE_KINDS)[number];

/** One thing others did since the last visit. */
export interface VisitChange {
  kind: VisitChangeKind;
  sectionId: string;
  /** The card, commitment or log record id; the voter's or endorser's member id; null for purpose text and decisions. */
  itemId: string | null;
  /** Who did it, when the document says (null: anonymous, the relay, or a text edit). */
  by: string | null;
  /** When, by the author's clock (relay-corrected), or null when the document keeps no time. */
  at: number | null;
  /** A short text for the summary: the card's or commitment's words, the decision, the lead change. */
  detail: string;
}

/** State vector → seen filter: a write is seen when its clock is below the client's entry. */
export function seenByStateVector(stateVector: ReadonlyMap<number, number>): SeenFilter {
  return ({ client, clock }) => clock < (stateVector.get(client) ?? 0);
}

/** Log types that change who leads a section. */
const LEAD_TYPES: ReadonlySet<string> = new Set(['lead.taken', 'lead.accepted', 'lead.steppedBack']);

const short = (text: string, max = 120): string => {
  const line = text.replace(/\s+/g, ' ').trim();
  return line.length > max ? `${line.slice(0, max - 1)}…` : line;
};

/** The item that holds a map key's current value (its last write), or null. */
function keyItem(map: Y.Map<unknown>, key: string): ItemId | null {
  const item = map._map.get(key);
  return item && !item.deleted ? item.id : null;
}

/** The item of a nested type (a card's or commitment's Y.Map), or null. */
function typeItem(value: unknown): ItemId | null {
  return value instanceof Y.AbstractType && value._item ? value._item.id : null;
}

/** True when some live part of a Y.Text was not seen (typing others did since). */
function textChanged(text: Y.Text, seen: SeenFilter): boolean {
  for (let item = text._start; item !== null; item = item.right) {
    if (!item.deleted && item.countable && !seen({ client: item.id.client, clock: item.id.clock + item.length - 1 })) return true;
  }
  return false;
}

function nestedMap(section: Y.Map<unknown>, key: string): Y.Map<unknown> | null {
  const value = section.get(key);
  return value instanceof Y.Map ? value : null;
}

function brainstormChanges(id: string, section: Y.Map<unknown>, seen: SeenFilter, me: string | null, out: VisitChange[]): void {
  nestedMap(section, 'cards')?.forEach((value, cardId) => {
    const item = typeItem(value);
    const card = readCard(cardId, value);
    if (!item || !card || seen(item) || (me !== null && card.author === me)) return;
    out.push({ kind: 'card', sectionId: id, itemId: cardId, by: card.author, at: card.createdAt, detail: short(card.text) });
  });
  const dots = nestedMap(section, 'dots');
  dots?.forEach((value, allocationId) => {
    const item = keyItem(dots, allocationId);
    if (!item || seen(item) || allocationId === me) return;
    const sealedAt = typeof value === 'object' && value !== null ? (value as { sealedAt?: unknown }).sealedAt : null;
    const by = isMemberId(allocationId) && section.get('anonymous') !== true ? allocationId : null;
    out.push({ kind: 'vote', sectionId: id, itemId: allocationId, by, at: typeof sealedAt === 'number' ? sealedAt : null, detail: 'dots' });
  });
}

function purposeChanges(id: string, section: Y.Map<unknown>, seen: SeenFilter, me: string | null, out: VisitChange[]): void {
  const edited = PURPOSE_FIELDS.some((field) => {
    const text = section.get(field);
    return text instanceof Y.Text && textChanged(text, seen);
  });
  if (edited) out.push({ kind: 'purpose', sectionId: id, itemId: null, by: null, at: null, detail: 'edited' });
  const endorsements = nestedMap(section, 'endorsements');
  endorsements?.forEach((value, memberId) => {
    const item = keyItem(endorsements, memberId);
    if (!item || seen(item) || memberId === me || !isMemberId(memberId)) return;
    const at = typeof value === 'object' && value !== null ? (value as { at?: unknown }).at : null;
    out.push({ kind: 'endorsement', sectionId: id, itemId: memberId, by: memberId, at: typeof at === 'number' ? at : null, detail: 'endorsed' });
  });
}

function agreementChanges(id: string, section: Y.Map<unknown>, seen: SeenFilter, me: string | null, out: VisitChange[]): void {
  const outcomeItem = keyItem(section, 'outcome');
  const outcome = readOutcome(section.get('outcome'));
  if (outcomeItem && outcome && !seen(outcomeItem) && (me === null || outcome.by !== me)) {
    out.push({ kind: 'decision', sectionId: id, itemId: null, by: outcome.by, at: outcome.at, detail: DECISION_LABELS[outcome.decision] });
  }
  section.forEach((value, key) => {
    if (key.startsWith(COMMITMENT_PREFIX)) {
      const item = typeItem(value);
      const commitment = readCommitment(id, key, value);
      if (!item || !commitment || seen(item) || (me !== null && commitment.createdBy === me)) return;
      out.push({ kind: 'commitment', sectionId: id, itemId: commitment.id, by: commitment.createdBy, at: commitment.createdAt, detail: short(commitment.text) });
    } else if (key.startsWith(ROUND_PREFIX) && value instanceof Y.Map) {
      const ballots = nestedMap(value, 'ballots');
      ballots?.forEach((ballot, ballotId) => {
        const item = keyItem(ballots, ballotId);
        if (!item || seen(item) || ballotId === me) return;
        const sealedAt = typeof ballot === 'object' && ballot !== null ? (ballot as { sealedAt?: unknown }).sealedAt : null;
        out.push({ kind: 'vote', sectionId: id, itemId: ballotId, by: null, at: typeof sealedAt === 'number' ? sealedAt : null, detail: 'ballot' });
      });
    }
  });
}

/** Unseen lead changes in the log by others (takes, accepted hand-overs, steps back). */
function leadChanges(doc: Y.Doc, seen: SeenFilter, me: string | null, sections: ReadonlyMap<string, SectionView>, out: VisitChange[]): void {
  for (let item = roots(doc).log._start; item !== null; item = item.right) {
    if (item.deleted || !item.countable) continue;
    const values = item.content.getContent();
    values.forEach((value, i) => {
      const entry: LogEntry | null = readLogEntry(value);
      if (!entry || !LEAD_TYPES.has(entry.type) || !entry.sectionId || !sections.has(entry.sectionId)) return;
      if (seen({ client: item.id.client, clock: item.id.clock + i }) || (me !== null && entry.by === me)) return;
      out.push({ kind: 'lead', sectionId: entry.sectionId, itemId: entry.id, by: entry.by, at: entry.at, detail: entry.type });
    });
  }
}

/**
 * Everything others added that `seen` says this member has not seen, in agenda order (within a
 * section: cards, votes, endorsements, purpose edits, decisions, commitments, then lead changes
 * in log order). `me` (this member) leaves out their own cards, votes, endorsements,
 * commitments and lead changes, made on another device.
 */
export function selectChangesSince(doc: Y.Doc, seen: SeenFilter, me: string | null): VisitChange[] {
  const sectionViews = new Map<string, SectionView>();
  const maps = new Map<string, Y.Map<unknown>>();
  roots(doc).sections.forEach((value, id) => {
    const view = readSection(id, value);
    if (view && value instanceof Y.Map) {
      sectionViews.set(id, view);
      maps.set(id, value);
    }
  });
  const ordered = [...sectionViews.values()].sort((a, b) => (a.order < b.order ? -1 : a.order > b.order ? 1 : a.id < b.id ? -1 : 1));
  const perSection = new Map<string, VisitChange[]>();
  for (const view of ordered) {
    const out: VisitChange[] = [];
    const map = maps.get(view.id) as Y.Map<unknown>;
    if (view.kind === 'brainstorm') brainstormChanges(view.id, map, seen, me, out);
    else if (view.kind === 'purpose') purposeChanges(view.id, map, seen, me, out);
    else if (view.kind === 'agreement') agreementChanges(view.id, map, seen, me, out);
    perSection.set(view.id, out);
  }
  const leads: VisitChange[] = [];
  leadChanges(doc, seen, me, sectionViews, leads);
  for (const change of leads) perSection.get(change.sectionId)?.push(change);
  return ordered.flatMap((view) => perSection.get(view.id) ?? []);
}
