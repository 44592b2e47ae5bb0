/** Import a board file (boardFile.ts) into an empty document: the board as it was exported. */
import type * as Y from 'yjs';
import { LocalOrigin } from '../core/origin.js';
import { fail, ok, type Result } from '../core/result.js';
import { roots } from '../core/schema.js';
import { parseBoardFile } from './parseBoardFile.js';
import { fillArray, fillMap } from './docTree.js';

/**
 * Writes an exported board into an empty document, in one transaction. `file` is anything
 * (parsed JSON): it is validated first, and a bad file writes nothing. Member ids, section and
 * card ids are kept (they are unique within a board, and a member returning on the same device
 * is recognised); the board gets its new id from whoever stores it.
 */
export function importBoard(doc: Y.Doc, args: { file: unknown }): Result<{ title: string }> {
  const parsed = parseBoardFile(args.file);
  if (!parsed.ok) return parsed;
  const { meta, sections, members, log } = roots(doc);
  if (meta.size > 0 || sections.size > 0 || members.size > 0 || log.length > 0) return fail('this document already holds a board');
  const { document } = parsed.value;
  doc.transact(() => {
    fillMap(meta, document.meta);
    fillMap(sections as Y.Map<unknown>, document.sections);
    fillMap(members as Y.Map<unknown>, document.members);
    fillArray(log, document.log);
  }, new LocalOrigin('importBoard'));
  return ok({ title: String(document.meta.entries.title) });
}
