/**
 * Read side: plain, immutable data out of a board document. Selectors never throw: a
 * hostile or buggy peer can write anything into a CRDT, so each field is checked and
 * what is invalid is skipped or replaced by a neutral default.
 */
import * as Y from 'yjs';
import { isLogType, type LogEntry } from './log.js';
import { compareOrdered, isValidOrderKey } from './order.js';
import { PHASES, isSectionKind, roots, type SectionKind } from './schema.js';

export interface BoardMeta {
  title: string;
  schemaVersion: number;
  createdAt: number | null;
  template: string | null;
}

export interface SectionView {
  id: string;
  order: string;
  kind: SectionKind;
  title: string;
  lead: string | null;
  phase: string;
}

export interface MemberView {
  id: string;
  name: string;
  color: string;
  firstSeen: number | null;
  lastSeen: number | null;
}

/** Sorts after every valid fractional key (they start with a letter or digit). */
const INVALID_ORDER = '\uffff';

const str = (v: unknown, fallback = ''): string => (typeof v === 'string' ? v : fallback);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function selectMeta(doc: Y.Doc): BoardMeta {
  const meta = roots(doc).meta;
  return {
    title: str(meta.get('title'), 'Untitled board'),
    schemaVersion: num(meta.get('schemaVersion')) ?? 0,
    createdAt: num(meta.get('createdAt')),
    template: typeof meta.get('template') === 'string' ? (meta.get('template') as string) : null,
  };
}

/** One section as plain data, or null when absent or not a section. */
export function readSection(id: string, value: unknown): SectionView | null {
  if (!(value instanceof Y.Map)) return null;
  const kind = value.get('kind');
  if (!isSectionKind(kind)) return null;
  const order = value.get('order');
  const phase = value.get('phase');
  const lead = value.get('lead');
  return {
    id,
    order: isValidOrderKey(order) ? order : INVALID_ORDER,
    kind,
    title: str(value.get('title'), 'Untitled section'),
    lead: typeof lead === 'string' && lead.length > 0 ? lead : null,
    phase: typeof phase === 'string' && PHASES[kind].includes(phase) ? phase : (PHASES[kind][0] ?? ''),
  };
}

export function selectSection(doc: Y.Doc, sectionId: string): SectionView | null {
  return readSection(sectionId, roots(doc).sections.get(sectionId));
}

/** The agenda in order. */
export function selectSections(doc: Y.Doc): SectionView[] {
  const out: SectionView[] = [];
  roots(doc).sections.forEach((value, id) => {
    const section = readSection(id, value);
    if (section) out.push(section);
  });
  return out.sort(compareOrdered);
}

export function readMember(id: string, value: unknown): MemberView | null {
  if (!(value instanceof Y.Map)) return null;
  const name = value.get('name');
  if (typeof name !== 'string' || name.length === 0) return null;
  const color = value.get('color');
  return {
    id,
    name,
    color: typeof color === 'string' && /^#[0-9a-fA-F]{6}$/.test(color) ? color : '#64748b',
    firstSeen: num(value.get('firstSeen')),
    lastSeen: num(value.get('lastSeen')),
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

export function readLogEntry(value: unknown): LogEntry | null {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) return null;
  const r = value as Record<string, unknown>;
  const at = num(r.at);
  if (typeof r.id !== 'string' || at === null || !isLogType(r.type)) return null;
  const entry: LogEntry = { id: r.id, at, by: typeof r.by === 'string' ? r.by : null, type: r.type };
  if (typeof r.sectionId === 'string') entry.sectionId = r.sectionId;
  if (typeof r.detail === 'string') entry.detail = r.detail;
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
