/** Board-level operations: create a board from a template, rename it. */
import type * as Y from 'yjs';
import { newId } from '../core/ids.js';
import { checkAt } from '../core/guards.js';
import { appendLog } from '../core/log.js';
import { LocalOrigin } from '../core/origin.js';
import { orderAt, type Ordered } from '../core/order.js';
import { fail, ok, type Result } from '../core/result.js';
import { MAX_TITLE_LENGTH, SCHEMA_VERSION, roots } from '../core/schema.js';
import { insertSection } from './agenda.js';
import { TEMPLATES, isTemplateId, type TemplateId, type TemplateSection } from './templates.js';
import { cleanLine } from '../core/text.js';

export interface CreateBoardArgs {
  title: string;
  template?: TemplateId;
  /** Relay-corrected ms since the epoch (the relay's own clock when it creates the board). */
  at: number;
}

/**
 * Writes a new board's meta and its template's sections, with their starting content (purpose
 * text, brainstorm columns, a decision rule), into an empty document: one transaction, one
 * 'board.created' record.
 */
export function createBoard(doc: Y.Doc, args: CreateBoardArgs): Result {
  const title = cleanLine(args.title, MAX_TITLE_LENGTH);
  if (!title) return fail('a board needs a title');
  const templateId = args.template ?? 'workshop';
  if (!isTemplateId(templateId)) return fail(`unknown template "${String(templateId)}"`);
  const { meta } = roots(doc);
  if (meta.has('schemaVersion')) return fail('this document already holds a board');
  const checked = checkAt(args.at);
  if (!checked.ok) return checked;
  const at = checked.value;
  doc.transact(() => {
    meta.set('title', title);
    meta.set('schemaVersion', SCHEMA_VERSION);
    meta.set('createdAt', at);
    meta.set('template', templateId);
    const placed: Ordered[] = [];
    const sections: readonly TemplateSection[] = TEMPLATES[templateId].sections;
    for (const s of sections) {
      const id = newId();
      const order = orderAt(placed, placed.length);
      insertSection(doc, id, s.kind, s.title, order, s.content);
      placed.push({ id, order });
    }
    appendLog(doc, { at, by: null, type: 'board.created', detail: title });
  }, new LocalOrigin('createBoard'));
  return ok(undefined);
}

/** Renames the board. */
export function renameBoard(doc: Y.Doc, args: { title: string; by: string | null; at: number }): Result {
  const title = cleanLine(args.title, MAX_TITLE_LENGTH);
  if (!title) return fail('a board needs a title');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  doc.transact(() => {
    roots(doc).meta.set('title', title);
    appendLog(doc, { at: at.value, by: args.by, type: 'board.renamed', detail: title });
  }, new LocalOrigin('renameBoard'));
  return ok(undefined);
}
