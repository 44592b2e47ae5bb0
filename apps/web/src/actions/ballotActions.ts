/**
 * Voting on an agreement round (issue 9): this member's ballot (level 1-8 and an optional
 * "my concern is …") is sealed with the board key before it enters the document, and replaced
 * whole when the vote changes while the round is open. The device keeps what it sealed
 * (`SealingStore.saveMyBallot`) so the voter sees their vote; nobody else can.
 */
import { castBallot as castOperation, fail } from '@roundtable/model';
import { no, OK } from './availability.js';
import { agreementWriter, type AgreementTarget } from './agreementAvailability.js';
import { register } from './registry.js';

/** Casts (or changes) this member's sealed ballot in the open round. Returns the ballot id. */
export const castBallot = register<AgreementTarget, { level: number; comment: string }, string>({
  name: 'castBallot',
  label: (ctx, { sectionId }) => {
    const round = ctx.store.agreement.get(sectionId)?.openRound;
    return round && ctx.sealing.getMyBallot(round.id) ? 'Change my vote' : 'Cast my vote';
  },
  available: (ctx, { sectionId }) => {
    const base = agreementWriter(ctx, sectionId, 'vote');
    if (!base.ok) return no(base.reason);
    if (!base.agreement.openRound) return no(base.agreement.lastRevealed ? 'Voting is closed: the votes were revealed' : 'Voting opens when the lead opens a round');
    const key = ctx.sealing.getKey();
    return key.status === 'error' ? no(key.message) : OK;
  },
  perform: (ctx, { sectionId }, { level, comment }) => {
    const round = ctx.store.agreement.get(sectionId)?.openRound;
    if (!round) return fail('No round is open for voting.');
    const key = ctx.sealing.getKey();
    if (key.status !== 'ready') return fail(key.status === 'error' ? key.message : 'The board key is still loading; try again in a moment.');
    const mine = ctx.sealing.getMyBallot(round.id);
    const at = ctx.now();
    const result = castOperation(ctx.doc, { sectionId, roundId: round.id, level, comment, ballotId: round.anonymous ? mine?.ballotId : undefined, seal: key.sealer, by: ctx.member!.id, at });
    if (result.ok) ctx.sealing.saveMyBallot(round.id, { ballotId: result.value, level, comment: comment.trim(), at });
    return result;
  },
});
