/**
 * Commitments after an outcome (issue 9): "I will … by …". Anyone adds their own; the lead
 * proposes one to a named member, who accepts or declines it; its owner, whoever proposed it or
 * the lead marks it done (also between meetings).
 */
import {
  acceptCommitment as acceptOperation,
  addCommitment as addOperation,
  canMarkDone,
  declineCommitment as declineOperation,
  proposeCommitment as proposeOperation,
  setCommitmentDone as doneOperation,
  type CommitmentView,
} from '@roundtable/model';
import { no, OK } from './availability.js';
import { agreementLead, agreementWriter, type AgreementTarget, type CommitmentTarget } from './agreementAvailability.js';
import { register } from './registry.js';
import type { ActionContext, Availability } from './types.js';

/** Adds this member's own commitment. Returns its id. */
export const addCommitment = register<AgreementTarget, { text: string; due: string }, string>({
  name: 'addCommitment',
  label: () => 'Commit',
  available: (ctx, { sectionId }) => {
    const base = agreementWriter(ctx, sectionId, 'commit to an action');
    return base.ok ? OK : no(base.reason);
  },
  perform: (ctx, { sectionId }, { text, due }) => addOperation(ctx.doc, { sectionId, text, due, by: ctx.member!.id, at: ctx.now() }),
});

/** The lead proposes a commitment to a named member. Returns its id. */
export const proposeCommitment = register<AgreementTarget, { to: string; text: string; due: string }, string>({
  name: 'proposeCommitment',
  label: () => 'Propose',
  available: (ctx, { sectionId }) => {
    const lead = agreementLead(ctx, sectionId, 'propose commitments to others');
    return lead.ok ? OK : no(lead.reason);
  },
  perform: (ctx, { sectionId }, { to, text, due }) => proposeOperation(ctx.doc, { sectionId, to, text, due, by: ctx.member!.id, at: ctx.now() }),
});

function commitmentFor(ctx: ActionContext, { sectionId, commitmentId }: CommitmentTarget, verb: string): ({ ok: true; by: string; commitment: CommitmentView; lead: string | null }) | { ok: false; reason: string } {
  const base = agreementWriter(ctx, sectionId, verb);
  if (!base.ok) return base;
  const commitment = base.agreement.commitments.find((c) => c.id === commitmentId);
  if (!commitment) return { ok: false, reason: 'This commitment no longer exists' };
  return { ok: true, by: base.by, commitment, lead: base.agreement.section.lead };
}

function answerable(ctx: ActionContext, target: CommitmentTarget, verb: string): Availability {
  const found = commitmentFor(ctx, target, verb);
  if (!found.ok) return no(found.reason);
  if (found.commitment.owner !== found.by) return no('Only the member it was proposed to can answer it');
  if (found.commitment.state !== 'proposed') return no(found.commitment.state === 'active' ? 'You already accepted it' : 'You already declined it');
  return OK;
}

/** The member a commitment was proposed to accepts it. */
export const acceptCommitment = register<CommitmentTarget, void, void>({
  name: 'acceptCommitment',
  label: () => 'Accept',
  available: (ctx, target) => answerable(ctx, target, 'accept a commitment'),
  perform: (ctx, { sectionId, commitmentId }) => acceptOperation(ctx.doc, { sectionId, commitmentId, by: ctx.member!.id, at: ctx.now() }),
});

/** The member a commitment was proposed to declines it. */
export const declineCommitment = register<CommitmentTarget, void, void>({
  name: 'declineCommitment',
  label: () => 'Decline',
  available: (ctx, target) => answerable(ctx, target, 'decline a commitment'),
  perform: (ctx, { sectionId, commitmentId }) => declineOperation(ctx.doc, { sectionId, commitmentId, by: ctx.member!.id, at: ctx.now() }),
});

/** Marks a commitment done, or not done again. */
export const setCommitmentDone = register<CommitmentTarget, { done: boolean }, void>({
  name: 'setCommitmentDone',
  label: (ctx, target) => (ctx.store.agreement.get(target.sectionId)?.commitments.find((c) => c.id === target.commitmentId)?.doneAt != null ? 'Mark not done' : 'Mark done'),
  available: (ctx, target) => {
    const found = commitmentFor(ctx, target, 'mark a commitment done');
    if (!found.ok) return no(found.reason);
    if (found.commitment.state !== 'active') return no(found.commitment.state === 'proposed' ? 'It is not accepted yet' : 'It was declined');
    return canMarkDone(found.commitment, found.by, found.lead) ? OK : no('Only its owner, whoever proposed it, or the lead can mark it done');
  },
  perform: (ctx, { sectionId, commitmentId }, { done }) => doneOperation(ctx.doc, { sectionId, commitmentId, done, by: ctx.member!.id, at: ctx.now() }),
});
