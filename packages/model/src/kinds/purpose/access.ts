/** Lookups shared by the purpose operations. They write nothing. */
import * as Y from 'yjs';
import { readMember } from '../../core/readers.js';
import { fail, ok, type Result } from '../../core/result.js';
import { roots } from '../../core/schema.js';
import { findSection, type SectionHandle } from '../../sections/permissions.js';

/** The section `sectionId` when it exists and is a purpose section, else why not. */
export function findPurpose(doc: Y.Doc, sectionId: string): Result<SectionHandle> {
  const found = findSection(doc, sectionId);
  if (!found.ok) return found;
  if (found.value.view.kind !== 'purpose') return fail(`"${found.value.view.title}" is not a purpose section`);
  return found;
}

/** `by` when it names a member of the board, else why not. */
export function requireMember(doc: Y.Doc, by: unknown): Result<string> {
  if (typeof by !== 'string' || readMember(by, roots(doc).members.get(by)) === null) return fail(`no member "${String(by)}" on this board`);
  return ok(by);
}
