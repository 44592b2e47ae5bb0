/** Availability checks of the agreement actions (issue 9), with the sentences people see. */
import type { AgreementView } from '@roundtable/model';
import { leadPowers, sectionOf, writer } from './availability.js';
import type { ActionContext } from './types.js';

/** An agreement section target. */
export interface AgreementTarget {
  sectionId: string;
}

/** One commitment of an agreement section. */
export interface CommitmentTarget extends AgreementTarget {
  commitmentId: string;
}

type Check<T> = ({ ok: true } & T) | { ok: false; reason: string };

/** The agreement section, or why there is none. */
export function agreementOf(ctx: ActionContext, sectionId: string): Check<{ agreement: AgreementView }> {
  const found = sectionOf(ctx, sectionId);
  if (!found.ok) return found;
  const agreement = ctx.store.agreement.get(sectionId);
  return agreement ? { ok: true, agreement } : { ok: false, reason: 'This section is not an agreement' };
}

/** A member who may write in agreement section `sectionId` (any member: voting, commitments). */
export function agreementWriter(ctx: ActionContext, sectionId: string, verb: string): Check<{ by: string; agreement: AgreementView }> {
  const who = writer(ctx, verb);
  if (!who.ok) return who;
  const found = agreementOf(ctx, sectionId);
  if (!found.ok) return found;
  return { ok: true, by: who.by, agreement: found.agreement };
}

/** Lead powers over agreement section `sectionId` ("Only Ada, who leads this section, can open a round"). */
export function agreementLead(ctx: ActionContext, sectionId: string, verb: string): Check<{ by: string; agreement: AgreementView }> {
  const powers = leadPowers(ctx, sectionId, verb);
  if (!powers.ok) return powers;
  const found = agreementOf(ctx, sectionId);
  if (!found.ok) return found;
  return { ok: true, by: powers.by, agreement: found.agreement };
}

/** Lead powers, and no round open: the proposal, the rule and the outcome change only between rounds. */
export function betweenRounds(ctx: ActionContext, sectionId: string, verb: string): Check<{ by: string; agreement: AgreementView }> {
  const lead = agreementLead(ctx, sectionId, verb);
  if (!lead.ok) return lead;
  const open = lead.agreement.openRound;
  if (open) return { ok: false, reason: `You can ${verb} only between rounds: round ${open.number} is open` };
  return lead;
}
