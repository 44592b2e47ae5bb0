/**
 * Shared checks of the brainstorm operations: the section is a brainstorm, it is in a phase
 * that allows the change, the member may make it, the arguments are well-formed. Each returns
 * a Result with a message a person can act on and writes nothing.
 */
import type * as Y from 'yjs';
import { checkAt } from '../../core/guards.js';
import { canUseLeadPowers, findSection } from '../../sections/permissions.js';
import { fail, ok, type Result } from '../../core/result.js';
import type { SectionView } from '../../sections/readers.js';
import { readBrainstormState, type BrainstormState } from './boardReaders.js';
import type { CardView } from './readers.js';
import { MAX_CARD_TEXT } from './schema.js';
import type { BrainstormPhase } from './phases.js';

/** Every brainstorm operation names its section, its member, and the relay-corrected time. */
export interface BrainstormArgs {
  sectionId: string;
  by: string;
  /** Milliseconds since the epoch, relay-corrected. */
  at: number;
}

/** A brainstorm section ready for an operation. */
export interface BrainstormHandle {
  map: Y.Map<unknown>;
  view: SectionView;
  state: BrainstormState;
}

/** Phases in which cards and clusters can change (the vote freezes them). */
export const BOARD_PHASES: readonly BrainstormPhase[] = ['write', 'reveal', 'cluster'];

const list = (phases: readonly string[]) => (phases.length === 1 ? `the ${phases[0]} phase` : `the ${phases.slice(0, -1).join(', ')} and ${phases[phases.length - 1]} phases`);

/**
 * The brainstorm section `sectionId` for an operation by `by` at `at`, refused when it is in
 * none of `phases` (`action` completes "… can <action> only in …").
 */
export function findBrainstorm(doc: Y.Doc, args: { sectionId: string; by: string | null; at: number }, phases: readonly BrainstormPhase[], action: string): Result<BrainstormHandle> {
  if (args.by !== null && (typeof args.by !== 'string' || args.by.length === 0)) return fail('an operation needs the member who does it');
  const at = checkAt(args.at);
  if (!at.ok) return at;
  const found = findSection(doc, args.sectionId);
  if (!found.ok) return found;
  const { map, view } = found.value;
  if (view.kind !== 'brainstorm') return fail(`"${view.title}" is not a brainstorm section`);
  if (!(phases as readonly string[]).includes(view.phase)) return fail(`you can ${action} only in ${list(phases)} (this section is in the ${view.phase} phase)`);
  return ok({ map, view, state: readBrainstormState(map) });
}

/** As findBrainstorm, and `by` must hold the section's lead powers. */
export function findBrainstormAsLead(doc: Y.Doc, args: BrainstormArgs, phases: readonly BrainstormPhase[], action: string): Result<BrainstormHandle> {
  const found = findBrainstorm(doc, args, phases, action);
  if (!found.ok) return found;
  if (!canUseLeadPowers(found.value.view, args.by)) return fail(`only the lead of this section can ${action}`);
  return found;
}

/** A card by id, or a message saying it is gone. */
export function findCard(handle: BrainstormHandle, cardId: string): Result<CardView> {
  const card = handle.state.cards.get(cardId);
  return card ? ok(card) : fail('that card no longer exists (someone may have deleted it)');
}

/** A card's author may change it, and so may whoever holds lead powers; an anonymous card, anyone. */
export function mayChangeCard(handle: BrainstormHandle, card: CardView, by: string, action: string): Result<CardView> {
  if (card.author === null || card.author === by || canUseLeadPowers(handle.view, by)) return ok(card);
  return fail(`only the author of this card or the lead of this section can ${action} it`);
}

/**
 * Cleans card text: line endings normalised, surrounding blank space trimmed. Refuses empty
 * text and text over MAX_CARD_TEXT characters, saying how long it is (the caller keeps it).
 */
export function cleanCardText(raw: unknown): Result<string> {
  if (typeof raw !== 'string') return fail('a card needs some text');
  const text = raw.replace(/\r\n?/g, '\n').trim();
  if (text.length === 0) return fail('a card needs some text');
  const length = [...text].length;
  if (length > MAX_CARD_TEXT) return fail(`a card holds at most ${MAX_CARD_TEXT.toLocaleString('en')} characters; this one has ${length.toLocaleString('en')}`);
  return ok(text);
}
