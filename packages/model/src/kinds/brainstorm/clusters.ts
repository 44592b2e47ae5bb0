/**
 * Cluster operations: group two cards (drop a card onto a card), rename, merge (drop a whole
 * cluster onto another), reorder, remove (its cards return to their home columns). Anyone may
 * cluster; each operation is one transaction. A merged cluster keeps a forwarding record, so a
 * card dropped into it concurrently ends up in the merged cluster; a cluster left without
 * cards is simply not shown (see boardReaders.ts).
 */
import * as Y from 'yjs';
import { newId } from '../../core/ids.js';
import { orderAt } from '../../core/order.js';
import { LocalOrigin } from '../../core/origin.js';
import { fail, ok, type Result } from '../../core/result.js';
import { cleanLine } from '../../core/text.js';
import { BOARD_PHASES, findBrainstorm, findCard, type BrainstormArgs, type BrainstormHandle } from './brainstormAccess.js';
import { columnItems, resolveCluster } from './boardReaders.js';
import { MAX_CLUSTER_NAME, readMaps, writeMaps } from './schema.js';

function liveCluster(handle: BrainstormHandle, clusterId: string): Result<string> {
  const resolved = resolveCluster(handle.state.clusterRecords, clusterId);
  return resolved !== null && handle.state.liveClusters.has(resolved) ? ok(resolved) : fail('that group no longer exists');
}

/** A card's home column for a position record: its own if still a column, else where it is shown. */
function homeColumn(handle: BrainstormHandle, cardId: string): string {
  const card = handle.state.cards.get(cardId);
  const own = card?.column ?? null;
  if (own !== null && handle.state.settings.columns.some((c) => c.id === own)) return own;
  return handle.state.placement.get(cardId)?.column ?? handle.state.settings.columns[0]?.id ?? '';
}

/**
 * Drops card `cardId` onto card `ontoCardId`: a new cluster takes the target card's place with
 * both cards in it (the target first), or, when the target is already in a cluster, the card
 * joins that cluster at its end. Returns the cluster's id. A target someone is still typing
 * into keeps its text: the drop only writes positions.
 */
export function createCluster(doc: Y.Doc, args: BrainstormArgs & { cardId: string; ontoCardId: string; name?: string }): Result<string> {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'group cards');
  if (!found.ok) return found;
  const handle = found.value;
  if (args.cardId === args.ontoCardId) return fail('drop the card onto another card to group them');
  const card = findCard(handle, args.cardId);
  if (!card.ok) return card;
  const onto = findCard(handle, args.ontoCardId);
  if (!onto.ok) return onto;
  const maps = readMaps(handle.map);
  const cardMap = maps.cards?.get(args.cardId);
  const ontoMap = maps.cards?.get(args.ontoCardId);
  const existing = handle.state.placement.get(args.ontoCardId)?.cluster ?? null;
  if (existing !== null) {
    const siblings = (handle.state.liveClusters.get(existing)?.cards ?? []).filter((c) => c.id !== args.cardId);
    const pos = { column: homeColumn(handle, args.cardId), cluster: existing, order: orderAt(siblings, siblings.length) };
    doc.transact(() => cardMap?.set('pos', pos), new LocalOrigin('createCluster'));
    return ok(existing);
  }
  const id = newId();
  const name = cleanLine(args.name ?? '', MAX_CLUSTER_NAME);
  const column = handle.state.placement.get(args.ontoCardId)?.column ?? homeColumn(handle, args.ontoCardId);
  const first = orderAt([], 0);
  doc.transact(() => {
    const cluster = new Y.Map<unknown>();
    cluster.set('id', id);
    cluster.set('name', name);
    // The cluster takes the target card's place in its column.
    cluster.set('pos', { column, order: onto.value.order });
    writeMaps(handle.map).clusters.set(id, cluster);
    ontoMap?.set('pos', { column: homeColumn(handle, args.ontoCardId), cluster: id, order: first });
    cardMap?.set('pos', { column: homeColumn(handle, args.cardId), cluster: id, order: orderAt([{ id: args.ontoCardId, order: first }], 1) });
  }, new LocalOrigin('createCluster'));
  return ok(id);
}

/** Names a cluster (an empty name clears it; the UI shows "Untitled group"). */
export function renameCluster(doc: Y.Doc, args: BrainstormArgs & { clusterId: string; name: string }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'name groups');
  if (!found.ok) return found;
  const cluster = liveCluster(found.value, args.clusterId);
  if (!cluster.ok) return cluster;
  if (typeof args.name !== 'string') return fail('a group name must be text');
  const name = cleanLine(args.name, MAX_CLUSTER_NAME);
  if (name === found.value.state.clusterRecords.get(cluster.value)?.name) return fail('the group already has that name');
  const map = readMaps(found.value.map).clusters?.get(cluster.value);
  doc.transact(() => map?.set('name', name), new LocalOrigin('renameCluster'));
  return ok(undefined);
}

/**
 * Merges cluster `clusterId` into `intoClusterId` (a whole cluster dropped onto another): its
 * cards follow the target's, and it forwards to the target from now on. Keeps the target's name
 * (or takes the source's when the target has none).
 */
export function mergeClusters(doc: Y.Doc, args: BrainstormArgs & { clusterId: string; intoClusterId: string }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'merge groups');
  if (!found.ok) return found;
  const handle = found.value;
  const source = liveCluster(handle, args.clusterId);
  if (!source.ok) return source;
  const target = liveCluster(handle, args.intoClusterId);
  if (!target.ok) return target;
  if (source.value === target.value) return fail('drop the group onto another group to merge them');
  const maps = readMaps(handle.map);
  const targetCards = handle.state.liveClusters.get(target.value)?.cards ?? [];
  const moving = handle.state.liveClusters.get(source.value)?.cards ?? [];
  const sourceName = handle.state.clusterRecords.get(source.value)?.name ?? '';
  const targetName = handle.state.clusterRecords.get(target.value)?.name ?? '';
  doc.transact(() => {
    const placed = [...targetCards];
    for (const card of moving) {
      const order = orderAt(placed, placed.length);
      maps.cards?.get(card.id)?.set('pos', { column: homeColumn(handle, card.id), cluster: target.value, order });
      placed.push({ ...card, order });
    }
    maps.clusters?.get(source.value)?.set('mergedInto', target.value);
    if (targetName === '' && sourceName !== '') maps.clusters?.get(target.value)?.set('name', sourceName);
  }, new LocalOrigin('mergeClusters'));
  return ok(undefined);
}

/** Moves a cluster to `index` among the items of `column` (itself not counted). */
export function moveCluster(doc: Y.Doc, args: BrainstormArgs & { clusterId: string; column: string; index: number }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'move groups');
  if (!found.ok) return found;
  const cluster = liveCluster(found.value, args.clusterId);
  if (!cluster.ok) return cluster;
  if (!found.value.state.settings.columns.some((c) => c.id === args.column)) return fail('that column no longer exists');
  if (!Number.isInteger(args.index) || args.index < 0) return fail('the target position must be a whole number ≥ 0');
  const siblings = columnItems(found.value.state, args.column).filter((item) => item.id !== cluster.value);
  const pos = { column: args.column, order: orderAt(siblings, args.index) };
  const map = readMaps(found.value.map).clusters?.get(cluster.value);
  doc.transact(() => map?.set('pos', pos), new LocalOrigin('moveCluster'));
  return ok(undefined);
}

/** Removes a cluster: its cards return, loose and in cluster order, to the end of their home columns. */
export function removeCluster(doc: Y.Doc, args: BrainstormArgs & { clusterId: string }): Result {
  const found = findBrainstorm(doc, args, BOARD_PHASES, 'remove groups');
  if (!found.ok) return found;
  const handle = found.value;
  const cluster = liveCluster(handle, args.clusterId);
  if (!cluster.ok) return cluster;
  const maps = readMaps(handle.map);
  const cards = handle.state.liveClusters.get(cluster.value)?.cards ?? [];
  doc.transact(() => {
    const columns = new Map<string, { id: string; order: string }[]>();
    for (const card of cards) {
      const column = homeColumn(handle, card.id);
      let items = columns.get(column);
      if (!items) columns.set(column, (items = columnItems(handle.state, column).filter((item) => item.id !== cluster.value)));
      const order = orderAt(items, items.length);
      maps.cards?.get(card.id)?.set('pos', { column, cluster: null, order });
      items.push({ id: card.id, order });
    }
    maps.clusters?.delete(cluster.value);
  }, new LocalOrigin('removeCluster'));
  return ok(undefined);
}
