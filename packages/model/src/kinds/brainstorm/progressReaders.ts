/**
 * What others may know while items are sealed: how many drafts there are (and from how many
 * people, unless anonymous), how many members have voted (and who, unless anonymous), and the
 * tally once the relay has written it.
 */
import type * as Y from 'yjs';
import { selectMembers } from '../../core/readers.js';
import { brainstormSectionMap, readAllocation, readBrainstormSettings, readDraft, readTally, type DraftView, type TallyView } from './readers.js';
import { readMaps } from './schema.js';

/** "N drafts from M people" (M is null in anonymous sections: "N drafts"). */
export interface DraftSummary {
  drafts: number;
  authors: number | null;
  /** Drafts per column id. */
  byColumn: Record<string, number>;
}

/** "N of M have voted" (who, unless anonymous). */
export interface VoteProgress {
  /** Sealed allocations in the document (in anonymous sections a member on two devices may count twice until the tally). */
  voted: number;
  /** Member ids of those who voted, sorted; null in anonymous sections. */
  voters: string[] | null;
  /** Members of the board. */
  members: number;
}

/** The section's sealed drafts (their envelopes, columns, times and authors), oldest first. */
export function selectDrafts(doc: Y.Doc, sectionId: string): DraftView[] {
  const section = brainstormSectionMap(doc, sectionId);
  const out: DraftView[] = [];
  if (!section) return out;
  readMaps(section).drafts?.forEach((value, key) => {
    const draft = readDraft(key, value);
    if (draft) out.push(draft);
  });
  return out.sort((a, b) => a.sealedAt - b.sealedAt || (a.id < b.id ? -1 : 1));
}

/** How many drafts, from how many authors (null when anonymous), per column. */
export function selectDraftSummary(doc: Y.Doc, sectionId: string): DraftSummary {
  const section = brainstormSectionMap(doc, sectionId);
  const drafts = selectDrafts(doc, sectionId);
  const byColumn: Record<string, number> = {};
  for (const draft of drafts) if (draft.column !== null) byColumn[draft.column] = (byColumn[draft.column] ?? 0) + 1;
  const anonymous = section ? readBrainstormSettings(section).anonymous : false;
  return { drafts: drafts.length, authors: anonymous ? null : new Set(drafts.map((d) => d.author ?? '')).size, byColumn };
}

/** How many have voted, of how many members. */
export function selectVoteProgress(doc: Y.Doc, sectionId: string): VoteProgress {
  const section = brainstormSectionMap(doc, sectionId);
  const members = selectMembers(doc).length;
  if (!section) return { voted: 0, voters: null, members };
  const ids: string[] = [];
  readMaps(section).dots?.forEach((value, key) => {
    if (readAllocation(key, value)) ids.push(key);
  });
  return { voted: ids.length, voters: readBrainstormSettings(section).anonymous ? null : ids.sort(), members };
}

/** The relay's tally of the section, or null before the vote has been counted. */
export function selectTally(doc: Y.Doc, sectionId: string): TallyView | null {
  const section = brainstormSectionMap(doc, sectionId);
  return section ? readTally(section.get('tally')) : null;
}
