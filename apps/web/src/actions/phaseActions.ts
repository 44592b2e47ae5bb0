/** Moving a section's phase (a lead power); unavailable at either end of the kind's phases. */
import { nextPhase as nextOperation, phasesOf, previousPhase as previousOperation } from '@roundtable/model';
import { OK, leadPowers, no } from './availability.js';
import type { SectionTarget } from './agendaActions.js';
import { register } from './registry.js';
import type { ActionContext, Availability } from './types.js';

const VERB = 'move its phases';

function step(ctx: ActionContext, sectionId: string, direction: -1 | 1): Availability {
  const powers = leadPowers(ctx, sectionId, VERB);
  if (!powers.ok) return no(powers.reason);
  const phases = phasesOf(powers.section.kind);
  const at = phases.indexOf(powers.section.phase);
  if (direction < 0 && at <= 0) return no('Already in its first phase');
  if (direction > 0 && at >= phases.length - 1) return no('Already in its last phase');
  return OK;
}

/** Moves a section back one phase. */
export const previousPhase = register<SectionTarget, void, string>({
  name: 'previousPhase',
  label: () => 'Previous phase',
  available: (ctx, { sectionId }) => step(ctx, sectionId, -1),
  perform: (ctx, { sectionId }) => previousOperation(ctx.doc, { sectionId, by: ctx.member!.id, at: ctx.now() }),
});

/** Moves a section on to its next phase. */
export const nextPhase = register<SectionTarget, void, string>({
  name: 'nextPhase',
  label: () => 'Next phase',
  available: (ctx, { sectionId }) => step(ctx, sectionId, 1),
  perform: (ctx, { sectionId }) => nextOperation(ctx.doc, { sectionId, by: ctx.member!.id, at: ctx.now() }),
});
