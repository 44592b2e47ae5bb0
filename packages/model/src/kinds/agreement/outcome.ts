/** The outcome of an agreement: adopted, not adopted or postponed, with a note; it goes to the log. */
import type * as Y from 'yjs';
import { appendLog } from '../../core/log.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { findAgreement, requireNoOpenRound, type AgreementArgs } from './agreementAccess.js';
import { DECISIONS, DECISION_LABELS, MAX_OUTCOME_NOTE, charCount, type Decision } from './agreementSchema.js';

/**
 * Records (or changes) the outcome, linked to the latest revealed round, and moves the section
 * to 'decide'. Lead powers; not while a round is open. Each recording is a 'decision' record.
 */
export function recordOutcome(doc: Y.Doc, args: AgreementArgs & { decision: Decision; note?: string }): Result {
  const found = findAgreement(doc, args, 'record the outcome');
  if (!found.ok) return found;
  const between = requireNoOpenRound(found.value, 'record the outcome');
  if (!between.ok) return between;
  if (!(DECISIONS as readonly unknown[]).includes(args.decision)) return fail(`"${String(args.decision)}" is not an outcome (adopted, not adopted or postponed)`);
  const note = typeof args.note === 'string' ? args.note.trim() : '';
  if (charCount(note) > MAX_OUTCOME_NOTE) return fail(`a note holds at most ${MAX_OUTCOME_NOTE} characters`);
  const roundId = found.value.agreement.lastRevealed?.id ?? null;
  doc.transact(() => {
    found.value.map.set('outcome', { decision: args.decision, note, at: args.at, by: args.by, roundId });
    found.value.map.set('phase', 'decide');
    appendLog(doc, { at: args.at, by: args.by, type: 'decision', sectionId: args.sectionId, detail: note ? `${DECISION_LABELS[args.decision]}: ${note}` : DECISION_LABELS[args.decision] });
  }, new LocalOrigin('recordOutcome'));
  return ok(undefined);
}
