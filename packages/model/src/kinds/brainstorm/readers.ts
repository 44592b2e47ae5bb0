/**
 * Readers of a brainstorm's stored records: plain data out, never a throw. A hostile peer can
 * write anything, so each field is checked; what is invalid is skipped or read as a neutral
 * default (an unknown column reads as the first column, a bad order sorts last).
 */
import * as Y from 'yjs';
import { isValidOrderKey } from '../../core/order.js';
import { roots } from '../../core/schema.js';
import { DEFAULT_CARD_COLOUR, DEFAULT_VOTES, MAX_CARD_TEXT, MAX_CLUSTER_NAME, MAX_COLUMNS, MAX_COLUMN_TITLE, MAX_VOTE_BUDGET, isCardColour, type CardColour } from './schema.js';

/** One column (prompt) of a brainstorm. */
export interface ColumnView {
  id: string;
  title: string;
}

/** A card as plain data. `column` is its home column and `cluster` the stored cluster id (unresolved). */
export interface CardView {
  id: string;
  text: string;
  color: CardColour;
  column: string | null;
  cluster: string | null;
  order: string;
  /** The author's member id; null when the section is anonymous (the key is absent) or garbage. */
  author: string | null;
  createdAt: number | null;
}

/** A cluster record as plain data; `mergedInto` forwards a merged cluster to its successor. */
export interface ClusterView {
  id: string;
  name: string;
  column: string | null;
  order: string;
  mergedInto: string | null;
}

/** A sealed draft: who sees it sees only that it exists, in which column, and when. */
export interface DraftView {
  id: string;
  column: string | null;
  ciphertext: string;
  sealedAt: number;
  /** Absent (null) in anonymous sections. */
  author: string | null;
}

/** One member's sealed dot allocation. */
export interface AllocationView {
  id: string;
  ciphertext: string;
  sealedAt: number;
}

/** Dot voting settings: dots per member, and how many of them one card or cluster may take. */
export interface VoteSettings {
  budget: number;
  maxPerCard: number;
}

/** The counted vote, written by the relay when the vote closes. */
export interface TallyView {
  at: number;
  /** Dots per card or cluster id (only ids with at least one dot). */
  counts: Record<string, number>;
  /** Member ids of those counted, sorted; null in anonymous sections. */
  voters: string[] | null;
  /** How many allocations (members) were counted. */
  ballots: number;
}

/** Sorts after every valid fractional key. */
export const INVALID_ORDER = '\uffff';
/** The column a section reads as having when its stored columns are missing or garbage. */
export const FALLBACK_COLUMN: ColumnView = { id: 'col1', title: 'Ideas' };

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Y.AbstractType) && !(v instanceof Uint8Array);
const id = (v: unknown): string | null => (typeof v === 'string' && v.length > 0 && v.length <= 64 ? v : null);
const finite = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const count = (v: unknown, max: number): number | null => (typeof v === 'number' && Number.isInteger(v) && v >= 1 && v <= max ? v : null);

/** The section's columns, never empty (garbage reads as one fallback column). */
export function readColumns(value: unknown): ColumnView[] {
  const out: ColumnView[] = [];
  if (Array.isArray(value)) {
    for (const entry of value) {
      if (!isRecord(entry)) continue;
      const columnId = id(entry.id);
      if (columnId === null || out.some((c) => c.id === columnId)) continue;
      out.push({ id: columnId, title: typeof entry.title === 'string' ? entry.title.slice(0, MAX_COLUMN_TITLE) : '' });
      if (out.length === MAX_COLUMNS) break;
    }
  }
  return out.length > 0 ? out : [FALLBACK_COLUMN];
}

/** Dot settings; garbage reads as DEFAULT_VOTES, a per-card cap above the budget as the budget. */
export function readVoteSettings(value: unknown): VoteSettings {
  if (!isRecord(value)) return { ...DEFAULT_VOTES };
  const budget = count(value.budget, MAX_VOTE_BUDGET) ?? DEFAULT_VOTES.budget;
  const maxPerCard = count(value.maxPerCard, MAX_VOTE_BUDGET) ?? budget;
  return { budget, maxPerCard: Math.min(maxPerCard, budget) };
}

function readPosition(value: unknown): { column: string | null; cluster: string | null; order: string } {
  if (!isRecord(value)) return { column: null, cluster: null, order: INVALID_ORDER };
  return { column: id(value.column), cluster: id(value.cluster), order: isValidOrderKey(value.order) ? value.order : INVALID_ORDER };
}

/** A card as plain data, or null when `value` is not a card map. */
export function readCard(cardId: string, value: unknown): CardView | null {
  if (!(value instanceof Y.Map)) return null;
  const text = value.get('text');
  const color = value.get('color');
  const pos = readPosition(value.get('pos'));
  return {
    id: cardId,
    text: typeof text === 'string' ? text.slice(0, MAX_CARD_TEXT * 2) : '',
    color: isCardColour(color) ? color : DEFAULT_CARD_COLOUR,
    ...pos,
    author: id(value.get('author')),
    createdAt: finite(value.get('createdAt')),
  };
}

/** A cluster record as plain data, or null when `value` is not a cluster map. */
export function readCluster(clusterId: string, value: unknown): ClusterView | null {
  if (!(value instanceof Y.Map)) return null;
  const name = value.get('name');
  const pos = readPosition(value.get('pos'));
  const mergedInto = id(value.get('mergedInto'));
  return {
    id: clusterId,
    name: typeof name === 'string' ? name.slice(0, MAX_CLUSTER_NAME) : '',
    column: pos.column,
    order: pos.order,
    mergedInto: mergedInto === clusterId ? null : mergedInto,
  };
}

/** A sealed draft record, or null when malformed (no ciphertext, no time). */
export function readDraft(draftId: string, value: unknown): DraftView | null {
  if (!isRecord(value) || value.id !== draftId) return null;
  const sealedAt = finite(value.sealedAt);
  if (typeof value.ciphertext !== 'string' || value.ciphertext.length === 0 || sealedAt === null) return null;
  return { id: draftId, column: id(value.column), ciphertext: value.ciphertext, sealedAt, author: id(value.author) };
}

/** A sealed dot allocation record, or null when malformed. */
export function readAllocation(allocationId: string, value: unknown): AllocationView | null {
  if (!isRecord(value) || value.id !== allocationId) return null;
  const sealedAt = finite(value.sealedAt);
  if (typeof value.ciphertext !== 'string' || value.ciphertext.length === 0 || sealedAt === null) return null;
  return { id: allocationId, ciphertext: value.ciphertext, sealedAt };
}

/** The stored tally, or null when there is none (or it is garbage). */
export function readTally(value: unknown): TallyView | null {
  if (!isRecord(value) || !isRecord(value.counts)) return null;
  const at = finite(value.at);
  const ballots = finite(value.ballots);
  if (at === null || ballots === null) return null;
  const counts: Record<string, number> = {};
  for (const [target, n] of Object.entries(value.counts)) {
    if (id(target) !== null && typeof n === 'number' && Number.isInteger(n) && n > 0) counts[target] = n;
  }
  const voters = Array.isArray(value.voters) ? [...new Set(value.voters.filter((v): v is string => id(v) !== null))].sort() : null;
  return { at, counts, voters, ballots: Math.max(0, Math.floor(ballots)) };
}

/** The Y.Map of a brainstorm section, or null when absent, not a map or of another kind. */
export function brainstormSectionMap(doc: Y.Doc, sectionId: string): Y.Map<unknown> | null {
  const section = roots(doc).sections.get(sectionId);
  return section instanceof Y.Map && section.get('kind') === 'brainstorm' ? section : null;
}

/** The section-wide settings of a brainstorm. */
export interface BrainstormSettings {
  columns: ColumnView[];
  anonymous: boolean;
  votes: VoteSettings;
  /** When the relay first revealed the drafts, or null while they are sealed. */
  revealedAt: number | null;
}

/** Reads a brainstorm section map's settings. */
export function readBrainstormSettings(section: Y.Map<unknown>): BrainstormSettings {
  return {
    columns: readColumns(section.get('columns')),
    anonymous: section.get('anonymous') === true,
    votes: readVoteSettings(section.get('votes')),
    revealedAt: finite(section.get('revealedAt')),
  };
}

/** A brainstorm section's settings, or null when there is no such brainstorm. */
export function selectBrainstormSettings(doc: Y.Doc, sectionId: string): BrainstormSettings | null {
  const section = brainstormSectionMap(doc, sectionId);
  return section ? readBrainstormSettings(section) : null;
}
