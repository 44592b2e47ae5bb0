/**
 * The session log: an append-only Y.Array of plain records. It is the board's memory of
 * who led what and what was decided; the UI shows it and exports carry it.
 */
import type * as Y from 'yjs';
import { newId } from './ids.js';
import { roots } from './schema.js';

export const LOG_TYPES = [
  'board.created',
  'board.renamed',
  'section.added',
  'section.removed',
] as const;
export type LogType = (typeof LOG_TYPES)[number];

export interface LogEntry {
  id: string;
  /** Milliseconds since the epoch, from the author's clock. */
  at: number;
  /** Member id of the author, or null for the system (e.g. the relay creating a board). */
  by: string | null;
  type: LogType;
  sectionId?: string;
  /** Short human-readable detail, e.g. a section title. */
  detail?: string;
}

/** Appends one entry. Call only inside an operation's transaction. */
export function appendLog(doc: Y.Doc, entry: Omit<LogEntry, 'id'>): void {
  const record: LogEntry = { id: newId(), ...entry };
  roots(doc).log.push([record]);
}

export function isLogType(value: unknown): value is LogType {
  return typeof value === 'string' && (LOG_TYPES as readonly string[]).includes(value);
}
