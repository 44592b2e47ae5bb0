/** Collective leadership (DESIGN §3): take, offer, accept, decline and step back from a section's lead. */
import { acceptLead as acceptOperation, declineLead as declineOperation, offerLead as offerOperation, stepBack as stepBackOperation, takeLead as takeOperation, takeNeedsConfirmation } from '@roundtable/model';
import { OK, nameOf, no, sectionOf, writer } from './availability.js';
import type { SectionTarget } from './agendaActions.js';
import { register } from './registry.js';
import type { ActionContext, Availability } from './types.js';

/** The writer and the section, for lead actions. */
function leadCheck(ctx: ActionContext, sectionId: string, verb: string) {
  const who = writer(ctx, verb);
  if (!who.ok) return who;
  const found = sectionOf(ctx, sectionId);
  if (!found.ok) return found;
  return { ok: true as const, by: who.by, section: found.section };
}

const args = (ctx: ActionContext, sectionId: string, by: string) => ({ sectionId, by, at: ctx.now() });

/**
 * Takes the lead of a section. Confirmed first when someone else leads it and is not away
 * (present now, or seen within AWAY_AFTER_MS by this device or the document).
 */
export const takeLead = register<SectionTarget, void, void>({
  name: 'takeLead',
  label: () => 'Take the lead',
  available: (ctx, { sectionId }) => {
    const check = leadCheck(ctx, sectionId, 'take the lead');
    if (!check.ok) return no(check.reason);
    return check.section.lead === check.by ? no('You already lead this section') : OK;
  },
  confirm: (ctx, { sectionId }) => {
    const section = ctx.store.getSection(sectionId);
    const me = ctx.member?.id;
    if (!section || !me || section.lead === null) return null;
    const lead = ctx.store.getMember(section.lead);
    if (!lead) return null;
    const now = ctx.now();
    const seen = ctx.presence.lastSeenOf(lead.id);
    const lastSeen = seen === null ? lead.lastSeen : lead.lastSeen === null ? seen : Math.max(seen, lead.lastSeen);
    if (!takeNeedsConfirmation(section, me, { lastSeen }, now)) return null;
    return {
      title: `${lead.name} leads this section. Take over?`,
      description: `${lead.name} will be told and can take it back in one click.`,
      confirmLabel: 'Take the lead',
      tone: 'primary',
    };
  },
  perform: (ctx, { sectionId }) => takeOperation(ctx.doc, args(ctx, sectionId, ctx.member!.id)),
});

/** Offers a section's lead to member `to` (by its lead, or by anyone when nobody leads). */
export const offerLead = register<SectionTarget, { to: string }, void>({
  name: 'offerLead',
  label: () => 'Offer the lead…',
  available: (ctx, { sectionId }): Availability => {
    const check = leadCheck(ctx, sectionId, 'offer the lead');
    if (!check.ok) return no(check.reason);
    const { lead } = check.section;
    return lead === null || lead === check.by ? OK : no(`Only ${nameOf(ctx, lead)}, who leads this section, can offer its lead`);
  },
  perform: (ctx, { sectionId }, { to }) => offerOperation(ctx.doc, { ...args(ctx, sectionId, ctx.member!.id), to }),
});

/** Whether the pending offer of `sectionId` is made to this member. */
function offeredToMe(ctx: ActionContext, sectionId: string, verb: string): Availability {
  const check = leadCheck(ctx, sectionId, verb);
  if (!check.ok) return no(check.reason);
  return check.section.offer?.to === check.by ? OK : no('Nobody is offering you this lead');
}

/** Accepts the lead offered to this member. */
export const acceptLead = register<SectionTarget, void, void>({
  name: 'acceptLead',
  label: () => 'Accept the lead',
  available: (ctx, { sectionId }) => offeredToMe(ctx, sectionId, 'accept the lead'),
  perform: (ctx, { sectionId }) => acceptOperation(ctx.doc, args(ctx, sectionId, ctx.member!.id)),
});

/** Declines the lead offered to this member. */
export const declineLead = register<SectionTarget, void, void>({
  name: 'declineLead',
  label: () => 'Decline',
  available: (ctx, { sectionId }) => offeredToMe(ctx, sectionId, 'decline the lead'),
  perform: (ctx, { sectionId }) => declineOperation(ctx.doc, args(ctx, sectionId, ctx.member!.id)),
});

/** Steps back from leading a section (it is then open to anyone). */
export const stepBack = register<SectionTarget, void, void>({
  name: 'stepBack',
  label: () => 'Step back',
  available: (ctx, { sectionId }) => {
    const check = leadCheck(ctx, sectionId, 'step back');
    if (!check.ok) return no(check.reason);
    return check.section.lead === check.by ? OK : no('You do not lead this section');
  },
  perform: (ctx, { sectionId }) => stepBackOperation(ctx.doc, args(ctx, sectionId, ctx.member!.id)),
});
