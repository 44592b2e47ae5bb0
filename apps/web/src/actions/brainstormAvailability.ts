/** Availability checks of the brainstorm actions, with the sentences people see. */
import { canUseLeadPowers, type SectionView } from '@roundtable/model';
import type { CardRecord } from '../store/BrainstormStore.js';
import { leadPowers, nameOf, sectionOf, writer } from './availability.js';
import type { ActionContext } from './types.js';

/** A brainstorm section target. */
export interface BrainstormTarget {
  sectionId: string;
}

type Check<T> = ({ ok: true } & T) | { ok: false; reason: string };

const PHASE_TEXT: Record<string, string> = {
  write: 'the write phase',
  reveal: 'the reveal phase',
  cluster: 'the cluster phase',
  vote: 'the vote phase',
  results: 'the results phase',
};

/** "the write, reveal and cluster phases". */
function phaseList(phases: readonly string[]): string {
  if (phases.length === 1) return PHASE_TEXT[phases[0]!] ?? phases[0]!;
  return `the ${phases.slice(0, -1).join(', ')} and ${phases[phases.length - 1]} phases`;
}

/** The writer and the brainstorm section in one of `phases`, or why not ("Cards can be added only in …"). */
export function brainstormWriter(ctx: ActionContext, sectionId: string, verb: string, phases: readonly string[]): Check<{ by: string; section: SectionView }> {
  const who = writer(ctx, verb);
  if (!who.ok) return who;
  const found = sectionOf(ctx, sectionId);
  if (!found.ok) return found;
  if (found.section.kind !== 'brainstorm') return { ok: false, reason: 'This section is not a brainstorm' };
  if (!phases.includes(found.section.phase)) return { ok: false, reason: `You can ${verb} only in ${phaseList(phases)}` };
  return { ok: true, by: who.by, section: found.section };
}

/** Lead powers over a brainstorm section in one of `phases`. */
export function brainstormLead(ctx: ActionContext, sectionId: string, verb: string, phases: readonly string[]): Check<{ by: string; section: SectionView }> {
  const powers = leadPowers(ctx, sectionId, verb);
  if (!powers.ok) return powers;
  if (powers.section.kind !== 'brainstorm') return { ok: false, reason: 'This section is not a brainstorm' };
  if (!phases.includes(powers.section.phase)) return { ok: false, reason: `You can ${verb} only in ${phaseList(phases)}` };
  return powers;
}

/** May this member change `cardId` (its author, whoever holds lead powers, anyone for an anonymous card)? */
export function cardChanger(ctx: ActionContext, sectionId: string, cardId: string, verb: string, phases: readonly string[]): Check<{ by: string; section: SectionView; card: CardRecord }> {
  const base = brainstormWriter(ctx, sectionId, verb, phases);
  if (!base.ok) return base;
  const card = ctx.store.brainstorm.cards.get(cardId);
  if (!card || card.sectionId !== sectionId) return { ok: false, reason: 'This card has been deleted' };
  if (card.author !== null && card.author !== base.by && !canUseLeadPowers(base.section, base.by)) {
    return { ok: false, reason: `Only ${nameOf(ctx, card.author, 'its author')} or whoever leads this section can ${verb}` };
  }
  return { ...base, card };
}

/** Phases in which cards and clusters change (the vote freezes them). */
export const BOARD_PHASES = ['write', 'reveal', 'cluster'] as const;
/** Phases in which plain cards are added (in the write phase a new card is a sealed draft). */
export const CARD_PHASES = ['reveal', 'cluster'] as const;
