/** Agenda operations: add (one or several), rename, move and remove sections. */
import * as Y from 'yjs';
import { checkAt } from '../core/guards.js';
import { appendLog } from '../core/log.js';
import { orderAt, ordersAt } from '../core/order.js';
import { LocalOrigin } from '../core/origin.js';
import { fail, ok, type Result } from '../core/result.js';
import { PHASES, initSectionContent, isSectionKind, type SectionKind } from '../catalog.js';
import { MAX_TITLE_LENGTH, roots } from '../core/schema.js';
import { selectSections } from './readers.js';
import { cleanLine } from '../core/text.js';
import { newId } from '../core/ids.js';

/** A section to add: its kind and title. */
export interface NewSection {
  kind: SectionKind;
  title: string;
}

/** Arguments of addSection. */
export interface AddSectionArgs extends NewSection {
  /** Position in the agenda; appended when omitted. */
  index?: number;
  by: string | null;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** Arguments of addSections. */
export interface AddSectionsArgs {
  /** The sections in the order they are to appear. */
  sections: readonly NewSection[];
  /** Position in the agenda of the first one; appended when omitted. */
  index?: number;
  by: string | null;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/**
 * Creates a section's map. Call inside a transaction (used by createBoard too, which passes a
 * template's starting `content` for the kind).
 */
export function insertSection(doc: Y.Doc, id: string, kind: SectionKind, title: string, order: string, content?: unknown): void {
  const section = new Y.Map<unknown>();
  section.set('id', id);
  section.set('order', order);
  section.set('kind', kind);
  section.set('title', title);
  section.set('phase', PHASES[kind][0]);
  initSectionContent(kind, section, title, content);
  roots(doc).sections.set(id, section);
}

/** A new section's kind checked and its title cleaned, or why not. */
function checkNewSection(section: NewSection): Result<NewSection> {
  if (!isSectionKind(section?.kind)) return fail(`unknown section kind "${String(section?.kind)}"`);
  const title = typeof section.title === 'string' ? cleanLine(section.title, MAX_TITLE_LENGTH) : '';
  if (!title) return fail('a section needs a title');
  return ok({ kind: section.kind, title });
}

/** An optional agenda position: absent (append) or a whole number ≥ 0. */
function checkIndex(index: unknown): Result<number | undefined> {
  if (index === undefined) return ok(undefined);
  return Number.isInteger(index) && (index as number) >= 0 ? ok(index as number) : fail('the position must be a whole number ≥ 0');
}

/**
 * Writes checked sections in a row at `index` with one 'section.added' record each; returns
 * their ids. Call inside the operation's transaction: the order keys are computed there.
 */
function placeSections(doc: Y.Doc, sections: readonly NewSection[], index: number | undefined, by: string | null, at: number): string[] {
  const existing = selectSections(doc);
  const orders = ordersAt(existing, index ?? existing.length, sections.length);
  return sections.map((section, i) => {
    const id = newId();
    insertSection(doc, id, section.kind, section.title, orders[i] as string);
    appendLog(doc, { at, by, type: 'section.added', sectionId: id, detail: section.title });
    return id;
  });
}

/** Adds a section of `kind` to the agenda. Returns the new section's id. */
export function addSection(doc: Y.Doc, args: AddSectionArgs): Result<string> {
  const section = checkNewSection(args);
  if (!section.ok) return section;
  const index = checkIndex(args.index);
  if (!index.ok) return index;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  let id = '';
  doc.transact(() => {
    id = placeSections(doc, [section.value], index.value, args.by, at.value)[0] ?? '';
  }, new LocalOrigin('addSection'));
  return ok(id);
}

/**
 * Adds several sections in a row (pasting an agenda; seeding a large board in the bench):
 * one transaction, so one undo step, and one 'section.added' record per section as if each
 * had been added alone. All or nothing: one bad section refuses the whole call. Returns the
 * new ids in agenda order.
 */
export function addSections(doc: Y.Doc, args: AddSectionsArgs): Result<string[]> {
  if (!Array.isArray(args.sections) || args.sections.length === 0) return fail('there are no sections to add');
  const checked: NewSection[] = [];
  for (const [i, raw] of args.sections.entries()) {
    const section = checkNewSection(raw);
    if (!section.ok) return fail(`section ${i + 1}: ${section.error}`);
    checked.push(section.value);
  }
  const index = checkIndex(args.index);
  if (!index.ok) return index;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  let ids: string[] = [];
  doc.transact(() => {
    ids = placeSections(doc, checked, index.value, args.by, at.value);
  }, new LocalOrigin('addSections'));
  return ok(ids);
}

/** Renames a section. */
export function renameSection(doc: Y.Doc, sectionId: string, rawTitle: string): Result {
  const title = cleanLine(rawTitle, MAX_TITLE_LENGTH);
  if (!title) return fail('a section needs a title');
  const section = roots(doc).sections.get(sectionId);
  if (!(section instanceof Y.Map)) return fail(`no section "${sectionId}"`);
  doc.transact(() => section.set('title', title), new LocalOrigin('renameSection'));
  return ok(undefined);
}

/** Moves a section to `toIndex` of the agenda (0 = first). Concurrent moves never duplicate it. */
export function moveSection(doc: Y.Doc, sectionId: string, toIndex: number): Result {
  const section = roots(doc).sections.get(sectionId);
  if (!(section instanceof Y.Map)) return fail(`no section "${sectionId}"`);
  if (!Number.isInteger(toIndex) || toIndex < 0) return fail('the target position must be a whole number ≥ 0');
  const others = selectSections(doc).filter((s) => s.id !== sectionId);
  doc.transact(() => section.set('order', orderAt(others, toIndex)), new LocalOrigin('moveSection'));
  return ok(undefined);
}

/** Removes a section and its content (undoable through the member's undo manager). */
export function removeSection(doc: Y.Doc, args: { sectionId: string; by: string | null; at: number }): Result {
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const { sections } = roots(doc);
  const section = sections.get(args.sectionId);
  if (!(section instanceof Y.Map)) return fail(`no section "${args.sectionId}"`);
  const title = section.get('title');
  doc.transact(() => {
    sections.delete(args.sectionId);
    appendLog(doc, {
      at: at.value,
      by: args.by,
      type: 'section.removed',
      sectionId: args.sectionId,
      detail: typeof title === 'string' ? title : '',
    });
  }, new LocalOrigin('removeSection'));
  return ok(undefined);
}
