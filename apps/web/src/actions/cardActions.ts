/** Brainstorm cards: add, edit, recolour, delete, move (model operations in `kinds/brainstorm/cards.ts`). */
import { fail, addCard as addOperation, deleteCard as deleteOperation, editCard as editOperation, moveCard as moveOperation, setCardColour as colourOperation, type CardColour, type CardDestination } from '@roundtable/model';
import { availability } from './availability.js';
import { BOARD_PHASES, CARD_PHASES, brainstormWriter, cardChanger, type BrainstormTarget } from './brainstormAvailability.js';
import { register } from './registry.js';
import type { BrainstormLayout } from '../store/BrainstormStore.js';

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

/** Where a card sits: its container (a column, or a cluster) and its index there. */
export function cardPlace(layout: BrainstormLayout | undefined, cardId: string): { to: 'column' | 'cluster'; id: string; index: number; size: number } | null {
  for (const column of layout?.columns ?? []) {
    const loose = column.items.findIndex((item) => item.type === 'card' && item.id === cardId);
    if (loose >= 0) return { to: 'column', id: column.id, index: loose, size: column.items.length };
    for (const item of column.items) {
      if (item.type !== 'cluster') continue;
      const inCluster = item.cards.indexOf(cardId);
      if (inCluster >= 0) return { to: 'cluster', id: item.id, index: inCluster, size: item.cards.length };
    }
  }
  return null;
}

/**
 * Moves a card one place up (-1) or down (+1) within its column or group (Alt+ArrowUp/Down on
 * its handle). Availability does not read the layout, so a card's controls do not wake on every
 * move elsewhere; the place is read when the key is pressed. Returns the new position (1-based).
 */
export const nudgeCard = register<CardTarget, { by: -1 | 1 }, { position: number; of: number }>({
  name: 'nudgeCard',
  label: (_ctx, _target) => 'Move card',
  available: (ctx, { sectionId }) => availability(brainstormWriter(ctx, sectionId, 'move cards', BOARD_PHASES)),
  perform: (ctx, { sectionId, cardId }, { by }) => {
    const place = cardPlace(ctx.store.brainstorm.layouts.peek(sectionId), cardId);
    if (!place) return fail('This card has been deleted');
    const index = place.index + by;
    if (index < 0) return fail(place.to === 'column' ? 'Already first in its column' : 'Already first in its group');
    if (index >= place.size) return fail(place.to === 'column' ? 'Already last in its column' : 'Already last in its group');
    const to: CardDestination = place.to === 'column' ? { column: place.id, index } : { cluster: place.id, index };
    const moved = moveOperation(ctx.doc, { sectionId, cardId, to, by: ctx.member!.id, at: ctx.now() });
    return moved.ok ? { ok: true, value: { position: index + 1, of: place.size } } : moved;
  },
});
