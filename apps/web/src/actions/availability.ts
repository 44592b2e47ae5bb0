/** Availability checks shared by the actions, with the sentences people see when one fails. */
import { canUseLeadPowers, type SectionView } from '@roundtable/model';
import type { Availability, ActionContext } from './types.js';

/** Available. */
export const OK: Availability = { ok: true };

/** Not available, because `reason`. */
export const no = (reason: string): Availability => ({ ok: false, reason });

/** The member who may write, or the reason this device may not ("…, you cannot <verb>"). */
export function writer(ctx: ActionContext, verb: string): { ok: true; by: string } | { ok: false; reason: string } {
  if (ctx.role !== 'edit') return { ok: false, reason: `This is a view-only link: you cannot ${verb}` };
  if (ctx.member === null) return { ok: false, reason: `Join the board to ${verb}` };
  return { ok: true, by: ctx.member.id };
}

/** The section, or the reason there is none. */
export function sectionOf(ctx: ActionContext, sectionId: string): { ok: true; section: SectionView } | { ok: false; reason: string } {
  const section = ctx.store.getSection(sectionId);
  return section ? { ok: true, section } : { ok: false, reason: 'This section has been removed' };
}

/** A member's display name for a sentence, or `fallback`. */
export function nameOf(ctx: ActionContext, memberId: string | null, fallback = 'another member'): string {
  if (memberId === null) return fallback;
  if (memberId === ctx.member?.id) return 'you';
  return ctx.store.getMember(memberId)?.name ?? fallback;
}

/**
 * Lead powers over section `sectionId` for `verb` ("move its phases"): the writer and the
 * section, or "Only Ada, who leads this section, can move its phases".
 */
export function leadPowers(ctx: ActionContext, sectionId: string, verb: string): { ok: true; by: string; section: SectionView } | { ok: false; reason: string } {
  const who = writer(ctx, verb);
  if (!who.ok) return who;
  const found = sectionOf(ctx, sectionId);
  if (!found.ok) return found;
  if (!canUseLeadPowers(found.section, who.by)) {
    return { ok: false, reason: `Only ${nameOf(ctx, found.section.lead)}, who leads this section, can ${verb}` };
  }
  return { ok: true, by: who.by, section: found.section };
}

/** The Availability of a check result. */
export const availability = (check: { ok: true } | { ok: false; reason: string }): Availability => (check.ok ? OK : no(check.reason));
