/**
 * The brainstorm's results carried on: its top items (most dots first) become the proposal of
 * an agreement section. The first time, the model's `carryToAgreement` adds that section right
 * after the brainstorm with the proposal set (one transaction); later, the agreement section
 * carried from this brainstorm gets the current top items through `setProposal`.
 */
import { carryToAgreement as carryOperation, fail, proposalFromItems, selectAgreement, selectSections, selectTopItems, setProposal, type Result } from '@roundtable/model';
import { availability, no } from './availability.js';
import { brainstormLead, type BrainstormTarget } from './brainstormAvailability.js';
import { register } from './registry.js';

/** How many of the top items go into the proposal. */
export const CARRIED_ITEMS = 3;

/** Where the proposal went. */
export interface Carried {
  /** The agreement section. */
  sectionId: string;
  /** True when the section was added by this action. */
  created: boolean;
}

/** Carries the top items of a counted brainstorm into an agreement section as its proposal. */
export const carryToAgreement = register<BrainstormTarget, void, Carried>({
  name: 'carryToAgreement',
  label: () => 'Carry the top items into an agreement',
  available: (ctx, { sectionId }) => {
    const lead = brainstormLead(ctx, sectionId, 'carry the top items into an agreement', ['results']);
    if (!lead.ok) return no(lead.reason);
    const tally = ctx.store.brainstorm.progress.get(sectionId)?.tally ?? null;
    if (!tally) return no('The vote has not been counted yet');
    if (!Object.values(tally.counts).some((n) => n > 0)) return no('No card or group has a dot yet');
    return availability({ ok: true });
  },
  perform: (ctx, { sectionId }): Result<Carried> => {
    const text = proposalFromItems(selectTopItems(ctx.doc, sectionId, CARRIED_ITEMS));
    if (!text) return fail('No card or group has a dot yet');
    const by = ctx.member!.id;
    const existing = selectSections(ctx.doc).find((s) => s.kind === 'agreement' && selectAgreement(ctx.doc, s.id)?.proposal?.fromSectionId === sectionId);
    if (existing) {
      const filled = setProposal(ctx.doc, { sectionId: existing.id, text, fromSectionId: sectionId, by, at: ctx.now() });
      return filled.ok ? { ok: true, value: { sectionId: existing.id, created: false } } : filled;
    }
    const added = carryOperation(ctx.doc, { fromSectionId: sectionId, text, by, at: ctx.now() });
    return added.ok ? { ok: true, value: { sectionId: added.value, created: true } } : added;
  },
});
