/** Agenda operations: add, rename, move and remove sections. */
import * as Y from 'yjs';
import { checkAt } from '../core/guards.js';
import { appendLog } from '../core/log.js';
import { orderAt } from '../core/order.js';
import { LocalOrigin } from '../core/origin.js';
import { fail, ok, type Result } from '../core/result.js';
import { PHASES, isSectionKind, type SectionKind } from '../catalog.js';
import { MAX_TITLE_LENGTH, roots } from '../core/schema.js';
import { selectSections } from './readers.js';
import { cleanLine } from '../core/text.js';
import { newId } from '../core/ids.js';

export interface AddSectionArgs {
  kind: SectionKind;
  title: string;
  /** Position in the agenda; appended when omitted. */
  index?: number;
  by: string | null;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** Creates a section's map. Call inside a transaction (used by createBoard too). */
export function insertSection(doc: Y.Doc, id: string, kind: SectionKind, title: string, order: string): void {
  const section = new Y.Map<unknown>();
  section.set('id', id);
  section.set('order', order);
  section.set('kind', kind);
  section.set('title', title);
  section.set('phase', PHASES[kind][0]);
  roots(doc).sections.set(id, section);
}

/** Adds a section of `kind` to the agenda. Returns the new section's id. */
export function addSection(doc: Y.Doc, args: AddSectionArgs): Result<string> {
  if (!isSectionKind(args.kind)) return fail(`unknown section kind "${String(args.kind)}"`);
  const title = cleanLine(args.title, MAX_TITLE_LENGTH);
  if (!title) return fail('a section needs a title');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const id = newId();
  doc.transact(() => {
    const existing = selectSections(doc);
    insertSection(doc, id, args.kind, title, orderAt(existing, args.index ?? existing.length));
    appendLog(doc, { at: at.value, by: args.by, type: 'section.added', sectionId: id, detail: title });
  }, new LocalOrigin('addSection'));
  return ok(id);
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
