/** Brainstorm cards: add, edit, recolour, delete, move (model operations in `kinds/brainstorm/cards.ts`). */
import { addCard as addOperation, deleteCard as deleteOperation, editCard as editOperation, moveCard as moveOperation, setCardColour as colourOperation, type CardColour, type CardDestination } from '@roundtable/model';
import { availability } from './availability.js';
import { BOARD_PHASES, CARD_PHASES, brainstormWriter, cardChanger, type BrainstormTarget } from './brainstormAvailability.js';
import { register } from './registry.js';

/** A card of a brainstorm section. */
export interface CardTarget extends BrainstormTarget {
  cardId: string;
}

/** Adds a plain (visible) card to a column, after the reveal. */
export const addCard = register<BrainstormTarget & { column: string }, { text: string; color?: CardColour }, string>({
  name: 'addCard',
  label: () => 'Add card',
  available: (ctx, { sectionId }) => availability(brainstormWriter(ctx, sectionId, 'add cards', CARD_PHASES)),
  perform: (ctx, { sectionId, column }, { text, color }) => addOperation(ctx.doc, { sectionId, column, text, color, by: ctx.member!.id, at: ctx.now() }),
});

/** Replaces a card's text. */
export const editCard = register<CardTarget, { text: string }, void>({
  name: 'editCard',
  label: () => 'Edit card',
  available: (ctx, { sectionId, cardId }) => availability(cardChanger(ctx, sectionId, cardId, 'edit this card', BOARD_PHASES)),
  perform: (ctx, { sectionId, cardId }, { text }) => editOperation(ctx.doc, { sectionId, cardId, text, by: ctx.member!.id, at: ctx.now() }),
});

/** Deletes a card (undo brings it back). */
export const deleteCard = register<CardTarget, void, void>({
  name: 'deleteCard',
  label: () => 'Delete card',
  available: (ctx, { sectionId, cardId }) => availability(cardChanger(ctx, sectionId, cardId, 'delete this card', BOARD_PHASES)),
  perform: (ctx, { sectionId, cardId }) => deleteOperation(ctx.doc, { sectionId, cardId, by: ctx.member!.id, at: ctx.now() }),
});

/** Gives a card another colour. */
export const setCardColour = register<CardTarget, { color: CardColour }, void>({
  name: 'setCardColour',
  label: () => 'Card colour',
  available: (ctx, { sectionId, cardId }) => availability(cardChanger(ctx, sectionId, cardId, 'recolour this card', BOARD_PHASES)),
  perform: (ctx, { sectionId, cardId }, { color }) => colourOperation(ctx.doc, { sectionId, cardId, color, by: ctx.member!.id, at: ctx.now() }),
});

/** Moves a card into a cluster or back to a column (anyone may move and cluster). */
export const moveCard = register<CardTarget, { to: CardDestination }, void>({
  name: 'moveCard',
  label: () => 'Move card',
  available: (ctx, { sectionId }) => availability(brainstormWriter(ctx, sectionId, 'move cards', BOARD_PHASES)),
  perform: (ctx, { sectionId, cardId }, { to }) => moveOperation(ctx.doc, { sectionId, cardId, to, by: ctx.member!.id, at: ctx.now() }),
});
