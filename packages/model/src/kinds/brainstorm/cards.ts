/**
 * Card operations of a brainstorm: add, edit, delete, colour, move. Each is one transaction.
 * Text and position are separate keys of a card's map, so an edit and a concurrent move both
 * survive; a card deleted while someone moves it stays deleted (the move writes to a map
 * that is gone and has no effect).
 */
import type * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { orderAt } from '../../core/order.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { BOARD_PHASES, cleanCardText, findBrainstorm, findCard, mayChangeCard, type BrainstormArgs } from './brainstormAccess.js';
import { columnItems, resolveCluster } from './boardReaders.js';
import { DEFAULT_CARD_COLOUR, isCardColour, readMaps, writeMaps, type CardColour } from './schema.js';
import { insertCard } from './cardWrites.js';

/** Adds a visible card to a column (after the reveal; before it, members write sealed drafts). */
export function addCard(doc: Y.Doc, args: BrainstormArgs & { column: string; text: string; color?: CardColour; index?: number }): Result<string> {
  const found = findBrainstorm(doc, args, ['write', 'reveal', 'cluster'], 'add cards');
  if (!found.ok) return found;
  const { map, view, state } = found.value;
  if (view.phase === 'write') return fail('while the group writes, cards stay private until the reveal: save a draft instead');
  const text = cleanCardText(args.text);
  if (!text.ok) return text;
  if (!state.settings.columns.some((c) => c.id === args.column)) return fail('that column no longer exists');
  if (args.color !== undefined && !isCardColour(args.color)) return fail(`"${String(args.color)}" is not a card colour`);
  const items = columnItems(state, args.column);
  const id = newId();
  doc.transact(() => {
    insertCard(writeMaps(map), {
      id,
      text: text.value,
      color: args.color ?? DEFAULT_CARD_COLOUR,
      column: args.column,
      order: orderAt(items, args.index ?? items.length),
      author: state.settings.anonymous ? null : args.by,
      createdAt: args.at,
    });
  }, new LocalOrigin('addCard'));
  return ok(id);
}

/** Replaces a card's text (its author, the lead, or anyone for an anonymous card). */
export function editCard(doc: Y.Doc, args: BrainstormArgs & { cardId: string; text: string }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'edit cards');
  if (!found.ok) return found;
  const card = findCard(found.value, args.cardId);
  if (!card.ok) return card;
  const allowed = mayChangeCard(found.value, card.value, args.by, 'edit');
  if (!allowed.ok) return allowed;
  const text = cleanCardText(args.text);
  if (!text.ok) return text;
  if (text.value === card.value.text) return fail('the card already says that');
  const cardMap = readMaps(found.value.map).cards?.get(args.cardId);
  doc.transact(() => cardMap?.set('text', text.value), new LocalOrigin('editCard'));
  return ok(undefined);
}

/** Deletes a card (its author, the lead, or anyone for an anonymous card). */
export function deleteCard(doc: Y.Doc, args: BrainstormArgs & { cardId: string }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'delete cards');
  if (!found.ok) return found;
  const card = findCard(found.value, args.cardId);
  if (!card.ok) return card;
  const allowed = mayChangeCard(found.value, card.value, args.by, 'delete');
  if (!allowed.ok) return allowed;
  doc.transact(() => readMaps(found.value.map).cards?.delete(args.cardId), new LocalOrigin('deleteCard'));
  return ok(undefined);
}

/** Gives a card another colour from CARD_COLOURS. */
export function setCardColour(doc: Y.Doc, args: BrainstormArgs & { cardId: string; color: CardColour }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'recolour cards');
  if (!found.ok) return found;
  if (!isCardColour(args.color)) return fail(`"${String(args.color)}" is not a card colour`);
  const card = findCard(found.value, args.cardId);
  if (!card.ok) return card;
  const allowed = mayChangeCard(found.value, card.value, args.by, 'recolour');
  if (!allowed.ok) return allowed;
  if (card.value.color === args.color) return fail(`the card is already ${args.color}`);
  const cardMap = readMaps(found.value.map).cards?.get(args.cardId);
  doc.transact(() => cardMap?.set('color', args.color), new LocalOrigin('setCardColour'));
  return ok(undefined);
}

/** Where a card is moved: into a cluster, or loose into a column; at `index` among what is there. */
export type CardDestination = { cluster: string; index: number } | { column: string; index: number };

/**
 * Moves a card into a cluster or loose into a column, at an index among the items there (the
 * card itself not counted). Anyone may move cards. Concurrent moves of one card converge on one
 * destination (last writer wins on the whole position).
 */
export function moveCard(doc: Y.Doc, args: BrainstormArgs & { cardId: string; to: CardDestination }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'move cards');
  if (!found.ok) return found;
  const { map, state } = found.value;
  const card = findCard(found.value, args.cardId);
  if (!card.ok) return card;
  if (!Number.isInteger(args.to.index) || args.to.index < 0) return fail('the target position must be a whole number ≥ 0');
  const home = state.placement.get(args.cardId)?.column ?? '';
  let pos: { column: string; cluster: string | null; order: string };
  if ('cluster' in args.to) {
    const clusterId = resolveCluster(state.clusterRecords, args.to.cluster);
    if (clusterId === null) return fail('that group no longer exists');
    const siblings = (state.liveClusters.get(clusterId)?.cards ?? []).filter((c) => c.id !== args.cardId);
    // In a cluster the card keeps its home column: removing the cluster returns it there.
    const column = card.value.column !== null && state.settings.columns.some((c) => c.id === card.value.column) ? card.value.column : home;
    pos = { column, cluster: clusterId, order: orderAt(siblings, args.to.index) };
  } else {
    const column = args.to.column;
    if (!state.settings.columns.some((c) => c.id === column)) return fail('that column no longer exists');
    const siblings = columnItems(state, column).filter((item) => item.id !== args.cardId);
    pos = { column, cluster: null, order: orderAt(siblings, args.to.index) };
  }
  const cardMap = readMaps(map).cards?.get(args.cardId);
  doc.transact(() => cardMap?.set('pos', pos), new LocalOrigin('moveCard'));
  return ok(undefined);
}
