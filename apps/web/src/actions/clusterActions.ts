/** Brainstorm clusters: group cards, name, merge, move and remove groups (model `kinds/brainstorm/clusters.ts`). */
import {
  createCluster as createOperation,
  mergeClusters as mergeOperation,
  moveCluster as moveOperation,
  removeCluster as removeOperation,
  renameCluster as renameOperation,
} from '@roundtable/model';
import { availability } from './availability.js';
import { BOARD_PHASES, brainstormWriter, type BrainstormTarget } from './brainstormAvailability.js';
import type { CardTarget } from './cardActions.js';
import { register } from './registry.js';

/** A cluster of a brainstorm section. */
export interface ClusterTarget extends BrainstormTarget {
  clusterId: string;
}

const clusterWriter = (verb: string) => (ctx: Parameters<typeof brainstormWriter>[0], { sectionId }: BrainstormTarget) => availability(brainstormWriter(ctx, sectionId, verb, BOARD_PHASES));

/** Drops a card onto another card: a new group in the target's place (or the target's group). */
export const createCluster = register<CardTarget, { ontoCardId: string }, string>({
  name: 'createCluster',
  label: () => 'Group with card',
  available: clusterWriter('group cards'),
  perform: (ctx, { sectionId, cardId }, { ontoCardId }) => createOperation(ctx.doc, { sectionId, cardId, ontoCardId, by: ctx.member!.id, at: ctx.now() }),
});

/** Names a group. */
export const renameCluster = register<ClusterTarget, { name: string }, void>({
  name: 'renameCluster',
  label: () => 'Rename group',
  available: clusterWriter('name groups'),
  perform: (ctx, { sectionId, clusterId }, { name }) => renameOperation(ctx.doc, { sectionId, clusterId, name, by: ctx.member!.id, at: ctx.now() }),
});

/** Drops a whole group onto another: one group (the target's name wins). */
export const mergeClusters = register<ClusterTarget, { intoClusterId: string }, void>({
  name: 'mergeClusters',
  label: () => 'Merge groups',
  available: clusterWriter('merge groups'),
  perform: (ctx, { sectionId, clusterId }, { intoClusterId }) => mergeOperation(ctx.doc, { sectionId, clusterId, intoClusterId, by: ctx.member!.id, at: ctx.now() }),
});

/** Moves a group within or to another column. */
export const moveCluster = register<ClusterTarget, { column: string; index: number }, void>({
  name: 'moveCluster',
  label: () => 'Move group',
  available: clusterWriter('move groups'),
  perform: (ctx, { sectionId, clusterId }, { column, index }) => moveOperation(ctx.doc, { sectionId, clusterId, column, index, by: ctx.member!.id, at: ctx.now() }),
});

/** Removes a group: its cards go back to their columns. */
export const removeCluster = register<ClusterTarget, void, void>({
  name: 'removeCluster',
  label: () => 'Ungroup',
  available: clusterWriter('remove groups'),
  perform: (ctx, { sectionId, clusterId }) => removeOperation(ctx.doc, { sectionId, clusterId, by: ctx.member!.id, at: ctx.now() }),
});
