/**
 * Shared checks of the agreement operations: the section is an agreement, the member and time
 * are given, lead powers where needed. Each returns a Result with a message a person can act
 * on and writes nothing.
 */
import type * as Y from 'yjs';
import { checkAt } from '../../core/guards.js';
import { fail, ok, type Result } from '../../core/result.js';
import { roots } from '../../core/schema.js';
import { canUseLeadPowers, findSection } from '../../sections/permissions.js';
import { readAgreement, type AgreementView } from './agreementReaders.js';

/** Every agreement operation names its section, its member and the relay-corrected time. */
export interface AgreementArgs {
  sectionId: string;
  by: string;
  /** Milliseconds since the epoch, relay-corrected. */
  at: number;
}

/** An agreement section ready for an operation. */
export interface AgreementHandle {
  map: Y.Map<unknown>;
  agreement: AgreementView;
}

/**
 * The agreement section for an operation by `by` (null: the relay itself) at `at`; with
 * `leadAction`, `by` must hold the section's lead powers ("only the lead … can <leadAction>").
 */
export function findAgreement(doc: Y.Doc, args: { sectionId: string; by: string | null; at: number }, leadAction?: string): Result<AgreementHandle> {
  if (args.by !== null && (typeof args.by !== 'string' || args.by.length === 0)) return fail('an operation needs the member who does it');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const found = findSection(doc, args.sectionId);
  if (!found.ok) return found;
  const agreement = readAgreement(args.sectionId, found.value.map);
  if (!agreement) return fail(`"${found.value.view.title}" is not an agreement section`);
  if (leadAction !== undefined && args.by !== null && !canUseLeadPowers(found.value.view, args.by)) return fail(`only the lead of this section can ${leadAction}`);
  return ok({ map: found.value.map, agreement });
}

/** Refuses while a round is open (the proposal and rule are fixed during a vote). */
export function requireNoOpenRound(handle: AgreementHandle, action: string): Result {
  return handle.agreement.openRound ? fail(`you can ${action} only between rounds (round ${handle.agreement.openRound.number} is open)`) : ok(undefined);
}

/** Counts the board's members (for rules that name a number of voters). */
export function memberCount(doc: Y.Doc): number {
  return roots(doc).members.size;
}
