/**
 * Dot voting: this member's allocation is one sealed item, re-sealed on every change; the
 * relay counts at the close (enforcing each budget). The lead sets the budget and closes.
 */
import { castDots as castOperation, fail, setVoteBudget as budgetOperation, type DotAllocation } from '@roundtable/model';
import { callSectionEndpoint, type SectionCallResult } from '../api/sealedSections.js';
import { availability, no } from './availability.js';
import { brainstormLead, brainstormWriter, type BrainstormTarget } from './brainstormAvailability.js';
import { register } from './registry.js';

/** Places (or replaces) this member's dots; `dots` is the whole allocation. */
export const castDots = register<BrainstormTarget, { dots: DotAllocation }, string>({
  name: 'castDots',
  label: () => 'Place dots',
  available: (ctx, { sectionId }) => {
    const base = brainstormWriter(ctx, sectionId, 'place dots', ['vote']);
    if (!base.ok) return no(base.reason);
    const key = ctx.sealing.getKey();
    return key.status === 'error' ? no(key.message) : availability({ ok: true });
  },
  perform: (ctx, { sectionId }, { dots }) => {
    const key = ctx.sealing.getKey();
    if (key.status !== 'ready') return fail(key.status === 'error' ? key.message : 'The board key is still loading; try again in a moment.');
    const mine = ctx.sealing.getMyDots(sectionId);
    const result = castOperation(ctx.doc, { sectionId, dots, allocationId: mine.allocationId ?? undefined, seal: key.sealer, by: ctx.member!.id, at: ctx.now() });
    if (result.ok) ctx.sealing.saveMyDots(sectionId, { allocationId: result.value, dots });
    return result;
  },
});

/** Sets the dots each member has (and how many one card may take). */
export const setVoteBudget = register<BrainstormTarget, { budget: number; maxPerCard?: number }, void>({
  name: 'setVoteBudget',
  label: () => 'Dots per person',
  available: (ctx, { sectionId }) => availability(brainstormLead(ctx, sectionId, 'set the dots', ['write', 'reveal', 'cluster'])),
  perform: (ctx, { sectionId }, { budget, maxPerCard }) => budgetOperation(ctx.doc, { sectionId, budget, maxPerCard, by: ctx.member!.id, at: ctx.now() }),
});

/** Closes the vote: the relay opens every allocation, enforces budgets and writes the counts. */
export const closeVote = register<BrainstormTarget, void, Promise<SectionCallResult>>({
  name: 'closeVote',
  label: () => 'Close vote and count',
  available: (ctx, { sectionId }) => availability(brainstormLead(ctx, sectionId, 'close the vote', ['vote'])),
  perform: (ctx, { sectionId }) => ({ ok: true, value: callSectionEndpoint('tally', ctx.relay, sectionId, ctx.member!.id) }),
});
