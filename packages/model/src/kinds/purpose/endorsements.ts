/**
 * Endorsements: a member says "I stand behind this text". The endorsement keeps the statement
 * as it was endorsed, so after later edits the section can show "endorsed an earlier version"
 * and what changed since; endorsing again replaces it (one plain value per member).
 */
import type * as Y from 'yjs';
import { checkAt } from '../../core/guards.js';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { findPurpose, requireMember } from './access.js';
import { readPurpose } from './readers.js';
import { MAX_STATEMENT_LENGTH, writeMap } from './schema.js';

/** Arguments of the endorsement operations. */
export interface EndorseArgs {
  sectionId: string;
  /** The member endorsing. */
  by: string;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** Why a statement cannot be endorsed or saved, or null when it can. */
export function statementProblem(statement: string, what: string): string | null {
  if (statement.trim() === '') return `an empty purpose cannot be ${what}: write the statement first`;
  if (statement.length > MAX_STATEMENT_LENGTH) {
    const over = statement.length - MAX_STATEMENT_LENGTH;
    return `the purpose is ${over.toLocaleString('en-US')} character${over === 1 ? '' : 's'} over the ${MAX_STATEMENT_LENGTH.toLocaleString('en-US')}-character limit: shorten it before it is ${what}`;
  }
  return null;
}

/**
 * `by` endorses the statement as it reads now (replacing any earlier endorsement of theirs).
 * Refused for an empty or over-long statement, and when they already endorse this exact text.
 * Returns the endorsed text.
 */
export function endorsePurpose(doc: Y.Doc, args: EndorseArgs): Result<string> {
  const found = findPurpose(doc, args.sectionId);
  if (!found.ok) return found;
  const by = requireMember(doc, args.by);
  if (!by.ok) return by;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const purpose = readPurpose(args.sectionId, found.value.map);
  const problem = statementProblem(purpose.statement, 'endorsed');
  if (problem) return fail(problem);
  if (purpose.endorsements.some((e) => e.memberId === by.value && e.current)) return fail('you already endorse this text');
  const again = purpose.endorsements.some((e) => e.memberId === by.value);
  doc.transact(() => {
    writeMap(found.value.map, 'endorsements').set(by.value, { text: purpose.statement, at: at.value });
    appendLog(doc, { at: at.value, by: by.value, type: 'purpose.endorsed', sectionId: args.sectionId, detail: again ? 'again' : undefined });
  }, new LocalOrigin('endorsePurpose'));
  return ok(purpose.statement);
}

/** `by` withdraws their endorsement (of whichever version). Refused when they have none. */
export function withdrawEndorsement(doc: Y.Doc, args: EndorseArgs): Result {
  const found = findPurpose(doc, args.sectionId);
  if (!found.ok) return found;
  const by = requireMember(doc, args.by);
  if (!by.ok) return by;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  if (!readPurpose(args.sectionId, found.value.map).endorsements.some((e) => e.memberId === by.value)) return fail('you have not endorsed this purpose');
  doc.transact(() => {
    writeMap(found.value.map, 'endorsements').delete(by.value);
    appendLog(doc, { at: at.value, by: by.value, type: 'purpose.endorsementWithdrawn', sectionId: args.sectionId });
  }, new LocalOrigin('withdrawEndorsement'));
  return ok(undefined);
}
