/**
 * Results of a brainstorm's dot vote: clusters and loose cards sorted by dots, the cards of a
 * cluster sorted too; ties keep board order (column, then position), so the list is stable.
 * A cluster's dots are those placed on it plus those on its cards.
 */
import type * as Y from 'yjs';
import { selectBrainstormState } from './boardReaders.js';
import { brainstormSectionMap, readTally, type CardView, type ClusterView, type TallyView } from './readers.js';

/** A card with its dots. */
export interface CardResult {
  card: CardView;
  votes: number;
}

/** One ranked item of the results. */
export type ResultItem =
  | { type: 'cluster'; id: string; cluster: ClusterView; votes: number; cards: CardResult[] }
  | { type: 'card'; id: string; card: CardView; votes: number };

/** The ranked results, with the tally they come from (null before the vote is counted: all zero). */
export interface BrainstormResults {
  tally: TallyView | null;
  items: ResultItem[];
}

/** The section's results, or null when there is no such brainstorm. */
export function selectResults(doc: Y.Doc, sectionId: string): BrainstormResults | null {
  const state = selectBrainstormState(doc, sectionId);
  if (!state) return null;
  const tally = readTally(brainstormSectionMap(doc, sectionId)?.get('tally'));
  const votesOf = (id: string) => tally?.counts[id] ?? 0;
  const ranked = <T extends { votes: number }>(items: T[]): T[] =>
    items
      .map((item, position) => ({ item, position }))
      .sort((a, b) => b.item.votes - a.item.votes || a.position - b.position)
      .map(({ item }) => item);
  const items: ResultItem[] = [];
  for (const column of state.columns) {
    for (const item of column.items) {
      if (item.type === 'card') {
        items.push({ type: 'card', id: item.card.id, card: item.card, votes: votesOf(item.card.id) });
      } else {
        const cards = ranked(item.cards.map((card) => ({ card, votes: votesOf(card.id) })));
        const votes = votesOf(item.cluster.id) + cards.reduce((sum, c) => sum + c.votes, 0);
        items.push({ type: 'cluster', id: item.cluster.id, cluster: item.cluster, votes, cards });
      }
    }
  }
  return { tally, items: ranked(items) };
}

/** A top result, as a proposal for an agreement section. */
export interface TopItem {
  id: string;
  type: 'cluster' | 'card';
  /** A card's text, or a cluster's name (its first card's text when unnamed). */
  text: string;
  votes: number;
}

/** The `limit` items with the most dots (items without dots are left out). */
export function selectTopItems(doc: Y.Doc, sectionId: string, limit = 3): TopItem[] {
  const results = selectResults(doc, sectionId);
  if (!results) return [];
  return results.items
    .filter((item) => item.votes > 0)
    .slice(0, Math.max(0, limit))
    .map((item) =>
      item.type === 'card'
        ? { id: item.id, type: 'card', text: item.card.text, votes: item.votes }
        : { id: item.id, type: 'cluster', text: item.cluster.name || (item.cards[0]?.card.text ?? ''), votes: item.votes },
    );
}
