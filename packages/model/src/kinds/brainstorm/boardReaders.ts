/**
 * Where every card and cluster of a brainstorm is: columns of items (loose cards and clusters,
 * by fractional order), cards within clusters by their own order. Resolution rules, the same
 * on every peer whatever order updates arrived in:
 *  - a cluster merged into another forwards to it (`mergedInto`, followed to the end; a cycle
 *    from two concurrent merges resolves to the smallest id in it);
 *  - a card whose cluster does not resolve (removed concurrently) is loose in its home column;
 *  - an unknown column reads as the first column;
 *  - a cluster with no cards is not shown (it reappears if a card moves back in).
 */
import type * as Y from 'yjs';
import { compareOrdered } from '../../core/order.js';
import {
  brainstormSectionMap,
  readBrainstormSettings,
  readCard,
  readCluster,
  type BrainstormSettings,
  type CardView,
  type ClusterView,
  type ColumnView,
} from './readers.js';
import { readMaps } from './schema.js';

/** A loose card or a cluster with its cards, as one item of a column. */
export type ColumnItem = { type: 'card'; card: CardView } | { type: 'cluster'; cluster: ClusterView; cards: CardView[] };

/** A column with its items in order. */
export interface ColumnLayout extends ColumnView {
  items: ColumnItem[];
}

/** A brainstorm as the board shows it. */
export interface BrainstormBoard {
  settings: BrainstormSettings;
  columns: ColumnLayout[];
}

/** Everything the brainstorm operations and readers need, read once. */
export interface BrainstormState {
  settings: BrainstormSettings;
  cards: Map<string, CardView>;
  /** Every cluster record, merged ones included. */
  clusterRecords: Map<string, ClusterView>;
  /** Clusters shown on the board (resolved, with at least one card), with their cards in order. */
  liveClusters: Map<string, { cluster: ClusterView; cards: CardView[] }>;
  /** Where a card is shown: its column and its (resolved) cluster. */
  placement: Map<string, { column: string; cluster: string | null }>;
  columns: ColumnLayout[];
}

/** The cluster `clusterId` resolves to (following merges), or null when it does not exist. */
export function resolveCluster(records: ReadonlyMap<string, ClusterView>, clusterId: string | null): string | null {
  if (clusterId === null) return null;
  const seen: string[] = [];
  let current = clusterId;
  for (;;) {
    const record = records.get(current);
    if (!record) return null;
    if (record.mergedInto === null) return current;
    const loopStart = seen.indexOf(current);
    if (loopStart >= 0) return seen.slice(loopStart).sort()[0] ?? current;
    seen.push(current);
    current = record.mergedInto;
  }
}

/** Reads a brainstorm section map into its full state. */
export function readBrainstormState(section: Y.Map<unknown>): BrainstormState {
  const settings = readBrainstormSettings(section);
  const maps = readMaps(section);
  const columnIds = new Set(settings.columns.map((c) => c.id));
  const firstColumn = settings.columns[0]?.id ?? '';
  const homeOf = (column: string | null) => (column !== null && columnIds.has(column) ? column : firstColumn);

  const cards = new Map<string, CardView>();
  maps.cards?.forEach((value, cardId) => {
    const card = readCard(cardId, value);
    if (card) cards.set(cardId, card);
  });
  const clusterRecords = new Map<string, ClusterView>();
  maps.clusters?.forEach((value, clusterId) => {
    const cluster = readCluster(clusterId, value);
    if (cluster) clusterRecords.set(clusterId, cluster);
  });

  const liveClusters = new Map<string, { cluster: ClusterView; cards: CardView[] }>();
  const placement = new Map<string, { column: string; cluster: string | null }>();
  const loose = new Map<string, CardView[]>(settings.columns.map((c) => [c.id, []]));
  for (const card of cards.values()) {
    const clusterId = resolveCluster(clusterRecords, card.cluster);
    const cluster = clusterId === null ? undefined : clusterRecords.get(clusterId);
    if (cluster) {
      let entry = liveClusters.get(cluster.id);
      if (!entry) liveClusters.set(cluster.id, (entry = { cluster, cards: [] }));
      entry.cards.push(card);
      placement.set(card.id, { column: homeOf(cluster.column), cluster: cluster.id });
    } else {
      const column = homeOf(card.column);
      loose.get(column)?.push(card);
      placement.set(card.id, { column, cluster: null });
    }
  }

  const columns: ColumnLayout[] = settings.columns.map((column) => {
    const items: (ColumnItem & { id: string; order: string })[] = (loose.get(column.id) ?? []).map((card) => ({ type: 'card', card, id: card.id, order: card.order }));
    for (const entry of liveClusters.values()) {
      if (homeOf(entry.cluster.column) !== column.id) continue;
      entry.cards.sort(compareOrdered);
      items.push({ type: 'cluster', cluster: entry.cluster, cards: entry.cards, id: entry.cluster.id, order: entry.cluster.order });
    }
    items.sort(compareOrdered);
    return { ...column, items: items.map(({ id: _id, order: _order, ...item }) => item as ColumnItem) };
  });
  return { settings, cards, clusterRecords, liveClusters, placement, columns };
}

/** A brainstorm section's full state, or null when there is no such brainstorm. */
export function selectBrainstormState(doc: Y.Doc, sectionId: string): BrainstormState | null {
  const section = brainstormSectionMap(doc, sectionId);
  return section ? readBrainstormState(section) : null;
}

/** The board of a brainstorm section (columns of items), or null when there is no such brainstorm. */
export function selectBrainstormBoard(doc: Y.Doc, sectionId: string): BrainstormBoard | null {
  const state = selectBrainstormState(doc, sectionId);
  return state ? { settings: state.settings, columns: state.columns } : null;
}

/** The ordered items of a column (for placing something at an index among them). */
export function columnItems(state: BrainstormState, columnId: string): { id: string; order: string }[] {
  const column = state.columns.find((c) => c.id === columnId);
  return (column?.items ?? []).map((item) => (item.type === 'card' ? { id: item.card.id, order: item.card.order } : { id: item.cluster.id, order: item.cluster.order }));
}
