/**
 * The session log: an append-only Y.Array of plain records. It is the board's memory of
 * who led what and what was decided; the UI shows it and exports carry it.
 */
import type * as Y from 'yjs';
import type { LogType } from '../catalog.js';
import { newId } from './ids.js';
import { roots } from './schema.js';

/** One session-log record as stored (plain JSON) and as selectLog returns it. */
export interface LogEntry {
  id: string;
  /** Milliseconds since the epoch, from the author's clock. */
  at: number;
  /** Member id of the author, or null for the system (e.g. the relay creating a board). */
  by: string | null;
  type: LogType;
  sectionId?: string;
  /** Short human-readable detail, e.g. a section title, a phase, an undone operation. */
  detail?: string;
  /**
   * Member the lead came from: the previous lead on 'lead.taken' (absent when nobody led),
   * the offerer on 'lead.accepted' / 'lead.declined'.
   */
  from?: string;
  /** Member the lead is offered to ('lead.offered'). */
  to?: string;
  /** Timer duration ('timer.started') or time added ('timer.extended'), in ms. */
  durationMs?: number;
  /** How many items a record is about: cards revealed ('reveal'), members counted ('tally'), dots ('brainstorm.budget'). */
  count?: number;
}

/** Appends one entry. Call only inside an operation's transaction. */
export function appendLog(doc: Y.Doc, entry: Omit<LogEntry, 'id'>): void {
  const record: Record<string, unknown> = { id: newId() };
  // Keys whose value is undefined are left out: the stored record is plain JSON.
  for (const [key, value] of Object.entries(entry)) if (value !== undefined) record[key] = value;
  roots(doc).log.push([record]);
}
