/**
 * Named versions of a purpose ("draft 1", "agreed"): the lead saves a snapshot of the statement
 * and the prompts under a name; anyone may restore one. A restore is a new change on top of
 * the current text (one transaction, one undo step: Undo brings the text back), never a rewrite
 * of history: versions, endorsements and the log stay as they are.
 */
import type * as Y from 'yjs';
import { simpleDiffString } from 'lib0/diff';
import { checkAt } from '../../core/guards.js';
import { newId } from '../../core/ids.js';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { cleanLine } from '../../core/text.js';
import { requireLeadPowers } from '../../sections/permissions.js';
import { findPurpose, requireMember } from './access.js';
import { statementProblem } from './endorsements.js';
import { readPurpose, type PurposeVersionView } from './readers.js';
import { MAX_VERSIONS, MAX_VERSION_NAME_LENGTH, PURPOSE_FIELDS, writeMap, writeText, type PurposeField } from './schema.js';

/** Arguments of savePurposeVersion. */
export interface SaveVersionArgs {
  sectionId: string;
  /** "draft 1", "agreed": cleaned to one line of at most MAX_VERSION_NAME_LENGTH characters. */
  name: string;
  by: string;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** Arguments of restorePurposeVersion. */
export interface RestoreVersionArgs {
  sectionId: string;
  versionId: string;
  by: string;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/**
 * The lead (anyone when nobody leads) saves the statement and prompts as they read now under
 * `name`. Refused for an empty or over-long statement, a blank name, or a full history.
 * Returns the new version's id.
 */
export function savePurposeVersion(doc: Y.Doc, args: SaveVersionArgs): Result<string> {
  const found = findPurpose(doc, args.sectionId);
  if (!found.ok) return found;
  const by = requireMember(doc, args.by);
  if (!by.ok) return by;
  const lead = requireLeadPowers(doc, args.sectionId, by.value, 'save a named version');
  if (!lead.ok) return lead;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const name = typeof args.name === 'string' ? cleanLine(args.name, MAX_VERSION_NAME_LENGTH) : '';
  if (!name) return fail('a version needs a name, such as "draft 1"');
  const purpose = readPurpose(args.sectionId, found.value.map);
  const problem = statementProblem(purpose.statement, 'saved as a version');
  if (problem) return fail(problem);
  if (purpose.versions.length >= MAX_VERSIONS) return fail(`this purpose already keeps ${MAX_VERSIONS} named versions`);
  const id = newId();
  doc.transact(() => {
    writeMap(found.value.map, 'versions').set(id, { id, name, statement: purpose.statement, prompts: purpose.prompts, by: by.value, at: at.value });
    appendLog(doc, { at: at.value, by: by.value, type: 'purpose.versionSaved', sectionId: args.sectionId, detail: name });
  }, new LocalOrigin('savePurposeVersion'));
  return ok(id);
}

/** The text a field should read after restoring `version`. */
function versionText(version: PurposeVersionView, field: PurposeField): string {
  return field === 'statement' ? version.statement : version.prompts[field];
}

/**
 * Anyone restores a named version: the statement and prompts are edited to read as the version
 * does. Each text changes only where it differs (lib0's common prefix/suffix diff), so edits a
 * peer makes concurrently elsewhere in the text survive the merge. Refused for a version that
 * does not exist and when the texts already read as the version. Returns the version's name.
 */
export function restorePurposeVersion(doc: Y.Doc, args: RestoreVersionArgs): Result<string> {
  const found = findPurpose(doc, args.sectionId);
  if (!found.ok) return found;
  const by = requireMember(doc, args.by);
  if (!by.ok) return by;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const purpose = readPurpose(args.sectionId, found.value.map);
  const version = purpose.versions.find((v) => v.id === args.versionId);
  if (!version) return fail('that version does not exist (it may have been saved on another board); nothing was changed');
  const current = (field: PurposeField) => (field === 'statement' ? purpose.statement : purpose.prompts[field]);
  const changed = PURPOSE_FIELDS.filter((field) => current(field) !== versionText(version, field));
  if (changed.length === 0) return fail(`the purpose already reads as "${version.name}"`);
  doc.transact(() => {
    for (const field of changed) {
      const text = writeText(found.value.map, field);
      const { index, remove, insert } = simpleDiffString(text.toString(), versionText(version, field));
      if (remove > 0) text.delete(index, remove);
      if (insert !== '') text.insert(index, insert);
    }
    appendLog(doc, { at: at.value, by: by.value, type: 'purpose.versionRestored', sectionId: args.sectionId, detail: version.name });
  }, new LocalOrigin('restorePurposeVersion'));
  return ok(version.name);
}
