/**
 * Section phases: each kind registers its ordered phases (kinds/<kind>/phases.ts, gathered as
 * PHASES in catalog.ts); a section's `phase` key holds one of its kind's phases (a plain
 * string; a missing or foreign value reads as the first phase). Moving the phase is a lead power and is logged as 'phase.changed' with
 * the new phase as detail.
 */
import type * as Y from 'yjs';
import { checkAt } from '../core/guards.js';
import { appendLog } from '../core/log.js';
import { LocalOrigin } from '../core/origin.js';
import { requireLeadPowers } from './permissions.js';
import { fail, ok, type Result } from '../core/result.js';
import { PHASES, type OperationName, type SectionKind } from '../catalog.js';

/** Arguments of the phase operations: the section, the member doing it, when (ms since epoch). */
export interface PhaseArgs {
  sectionId: string;
  by: string;
  /** Relay-corrected ms since the epoch. */
  at: number;
}

/** The ordered phases of a section kind. */
export function phasesOf(kind: SectionKind): readonly string[] {
  return PHASES[kind];
}

function movePhase(doc: Y.Doc, args: PhaseArgs, operation: OperationName, pick: (phases: readonly string[], current: number) => Result<string>): Result<string> {
  const found = requireLeadPowers(doc, args.sectionId, args.by, 'change its phase');
  if (!found.ok) return found;
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const { map, view } = found.value;
  const phases = phasesOf(view.kind);
  const target = pick(phases, phases.indexOf(view.phase));
  if (!target.ok) return target;
  if (target.value === view.phase) return fail(`the section is already in phase "${view.phase}"`);
  doc.transact(() => {
    map.set('phase', target.value);
    appendLog(doc, { at: at.value, by: args.by, type: 'phase.changed', sectionId: args.sectionId, detail: target.value });
  }, new LocalOrigin(operation));
  return ok(target.value);
}

/** Moves the section to `phase`, which must be one of its kind's phases. Returns the new phase. */
export function setPhase(doc: Y.Doc, args: PhaseArgs & { phase: string }): Result<string> {
  return movePhase(doc, args, 'setPhase', (phases) =>
    phases.includes(args.phase) ? ok(args.phase) : fail(`"${String(args.phase)}" is not a phase of this section (${phases.join(', ')})`),
  );
}

/** Moves the section to its next phase; refused at the last one. Returns the new phase. */
export function nextPhase(doc: Y.Doc, args: PhaseArgs): Result<string> {
  return movePhase(doc, args, 'nextPhase', (phases, i) => {
    const next = phases[i + 1];
    return next === undefined ? fail('the section is already in its last phase') : ok(next);
  });
}

/** Moves the section back to its previous phase; refused at the first one. Returns the new phase. */
export function previousPhase(doc: Y.Doc, args: PhaseArgs): Result<string> {
  return movePhase(doc, args, 'previousPhase', (phases, i) => {
    const previous = i > 0 ? phases[i - 1] : undefined;
    return previous === undefined ? fail('the section is already in its first phase') : ok(previous);
  });
}
