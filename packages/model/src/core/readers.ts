/**
 * Read side of the board-wide data: meta, members and the session log as plain, immutable
 * values. Readers never throw: a hostile or buggy peer can write anything into a CRDT, so each
 * field is checked and what is invalid is skipped or replaced by a neutral default. Readers
 * import no operations (tools/layers checks it).
 */
import * as Y from 'yjs';
import { isLogType } from '../catalog.js';
import { finiteOrNull, isMemberId, isRecord, stringOr } from './guards.js';
import type { LogEntry } from './log.js';
import { COLOR_PATTERN, DEFAULT_MEMBER_COLOR, roots } from './schema.js';

/** Board-level fields, with defaults for missing or malformed values. */
export interface BoardMeta {
  title: string;
  schemaVersion: number;
  createdAt: number | null;
  template: string | null;
}

/** A member as plain data. */
export interface MemberView {
  id: string;
  name: string;
  color: string;
  firstSeen: number | null;
  lastSeen: number | null;
}

/** The board's meta fields. */
export function selectMeta(doc: Y.Doc): BoardMeta {
  const meta = roots(doc).meta;
  return {
    title: stringOr(meta.get('title'), 'Untitled board'),
    schemaVersion: finiteOrNull(meta.get('schemaVersion')) ?? 0,
    createdAt: finiteOrNull(meta.get('createdAt')),
    template: typeof meta.get('template') === 'string' ? (meta.get('template') as string) : null,
  };
}

/** One member as plain data, or null when absent, malformed or nameless. */
export function readMember(id: string, value: unknown): MemberView | null {
  if (!(value instanceof Y.Map)) return null;
  const name = value.get('name');
  if (typeof name !== 'string' || name.length === 0) return null;
  const color = value.get('color');
  return {
    id,
    name,
    color: typeof color === 'string' && COLOR_PATTERN.test(color) ? color : DEFAULT_MEMBER_COLOR,
    firstSeen: finiteOrNull(value.get('firstSeen')),
    lastSeen: finiteOrNull(value.get('lastSeen')),
  };
}

/** Members by name. */
export function selectMembers(doc: Y.Doc): MemberView[] {
  const out: MemberView[] = [];
  roots(doc).members.forEach((value, id) => {
    const member = readMember(id, value);
    if (member) out.push(member);
  });
  return out.sort((a, b) => a.name.localeCompare(b.name) || (a.id < b.id ? -1 : 1));
}

/** One log record as plain data, or null when malformed or of an unknown type. */
export function readLogEntry(value: unknown): LogEntry | null {
  if (!isRecord(value)) return null;
  const at = finiteOrNull(value.at);
  if (typeof value.id !== 'string' || at === null || !isLogType(value.type)) return null;
  const entry: LogEntry = { id: value.id, at, by: typeof value.by === 'string' ? value.by : null, type: value.type };
  if (typeof value.sectionId === 'string') entry.sectionId = value.sectionId;
  if (typeof value.detail === 'string') entry.detail = value.detail;
  if (isMemberId(value.from)) entry.from = value.from;
  if (isMemberId(value.to)) entry.to = value.to;
  const durationMs = finiteOrNull(value.durationMs);
  if (durationMs !== null) entry.durationMs = durationMs;
  const count = finiteOrNull(value.count);
  if (count !== null) entry.count = count;
  return entry;
}

/** The session log in document order (the order every peer agrees on). */
export function selectLog(doc: Y.Doc): LogEntry[] {
  const out: LogEntry[] = [];
  for (const value of roots(doc).log.toArray()) {
    const entry = readLogEntry(value);
    if (entry) out.push(entry);
  }
  return out;
}
