/** Write helpers shared by the card, draft and reveal operations. Call only inside a transaction. */
import * as Y from 'yjs';
import type { BrainstormMaps, CardColour } from './schema.js';

/** A new card's fields. `author` null leaves the key out (anonymous sections). */
export interface NewCard {
  id: string;
  text: string;
  color: CardColour;
  column: string;
  order: string;
  author: string | null;
  createdAt: number;
}

/** Writes a new loose card into its column. */
export function insertCard(maps: BrainstormMaps, card: NewCard): void {
  const map = new Y.Map<unknown>();
  map.set('id', card.id);
  map.set('text', card.text);
  map.set('color', card.color);
  map.set('pos', { column: card.column, cluster: null, order: card.order });
  map.set('createdAt', card.createdAt);
  if (card.author !== null) map.set('author', card.author);
  maps.cards.set(card.id, map);
}
