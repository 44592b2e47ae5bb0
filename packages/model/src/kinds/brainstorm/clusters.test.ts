import type * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { MEMBERS } from '../../testing/board.js';
import { brainstormFixture, toPhase } from '../../testing/brainstorm.js';
import { createPeers, snapshot } from '../../testing/peers.js';
import { selectBrainstormBoard, selectBrainstormState } from './boardReaders.js';
import { setColumns } from './brainstormSetup.js';
import { addCard, editCard, moveCard } from './cards.js';
import { createCluster, mergeClusters, moveCluster, removeCluster, renameCluster } from './clusters.js';

const [A, B, C] = MEMBERS;
const SEEDS = [1, 2, 3, 42, 1234];

/** A section in the cluster phase with two columns and cards one..five (three in the first column). */
function clustering() {
  const f = brainstormFixture();
  const { doc, sectionId, column } = f;
  const cols = setColumns(doc, { sectionId, by: A, at: 1, columns: [{ id: column, title: 'Went well' }, { title: 'To improve' }] });
  const second = cols.ok ? (cols.value[1]?.id ?? '') : '';
  toPhase(doc, sectionId, 'cluster');
  const card = (text: string, col = column) => {
    const r = addCard(doc, { sectionId, by: A, at: 1, column: col, text });
    return r.ok ? r.value : '';
  };
  const ids = { one: card('one'), two: card('two'), three: card('three'), four: card('four', second), five: card('five', second) };
  return { ...f, second, ids };
}

function layout(doc: Y.Doc, sectionId: string): string[][] {
  return (selectBrainstormBoard(doc, sectionId)?.columns ?? []).map((c) =>
    c.items.map((item) => (item.type === 'card' ? item.card.text : `${item.cluster.name || '?'}[${item.cards.map((card) => card.text).join(',')}]`)),
  );
}

const value = (r: { ok: boolean; value?: unknown }) => (r.ok ? (r.value as string) : '');

function converged(docs: Y.Doc[]): void {
  const first = snapshot(docs[0]!);
  for (const d of docs) expect(snapshot(d)).toEqual(first);
}

describe('clusters', () => {
  it('dropping a card onto a card makes a cluster in the target\'s place; dropping onto a clustered card joins it', () => {
    const { doc, sectionId, ids } = clustering();
    const cluster = createCluster(doc, { sectionId, by: B, at: 2, cardId: ids.four, ontoCardId: ids.two });
    expect(cluster.ok).toBe(true);
    expect(layout(doc, sectionId)).toEqual([['one', '?[two,four]', 'three'], ['five']]);
    expect(createCluster(doc, { sectionId, by: B, at: 3, cardId: ids.five, ontoCardId: ids.four })).toEqual(cluster);
    expect(layout(doc, sectionId)).toEqual([['one', '?[two,four,five]', 'three'], []]);
    expect(createCluster(doc, { sectionId, by: B, at: 3, cardId: ids.one, ontoCardId: ids.one })).toEqual({ ok: false, error: 'drop the card onto another card to group them' });
    expect(createCluster(doc, { sectionId, by: B, at: 3, cardId: 'gone', ontoCardId: ids.one }).ok).toBe(false);
  });

  it('names, moves and removes clusters; removed clusters return their cards to their own columns', () => {
    const { doc, sectionId, column, second, ids } = clustering();
    const cluster = value(createCluster(doc, { sectionId, by: B, at: 2, cardId: ids.four, ontoCardId: ids.one, name: '  Speed ' }));
    expect(renameCluster(doc, { sectionId, by: C, at: 3, clusterId: cluster, name: 'Delivery speed' }).ok).toBe(true);
    expect(renameCluster(doc, { sectionId, by: C, at: 3, clusterId: cluster, name: 'Delivery speed' })).toEqual({ ok: false, error: 'the group already has that name' });
    expect(moveCluster(doc, { sectionId, by: C, at: 4, clusterId: cluster, column, index: 2 }).ok).toBe(true);
    expect(layout(doc, sectionId)).toEqual([['two', 'three', 'Delivery speed[one,four]'], ['five']]);
    expect(moveCluster(doc, { sectionId, by: C, at: 4, clusterId: cluster, column: second, index: 0 }).ok).toBe(true);
    expect(layout(doc, sectionId)).toEqual([['two', 'three'], ['Delivery speed[one,four]', 'five']]);
    expect(removeCluster(doc, { sectionId, by: C, at: 5, clusterId: cluster }).ok).toBe(true);
    expect(layout(doc, sectionId)).toEqual([['two', 'three', 'one'], ['five', 'four']]);
    expect(removeCluster(doc, { sectionId, by: C, at: 5, clusterId: cluster })).toEqual({ ok: false, error: 'that group no longer exists' });
  });

  it('merging drops a whole cluster onto another: one cluster with all cards, the target\'s name kept', () => {
    const { doc, sectionId, ids } = clustering();
    const x = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one, name: 'X' }));
    const y = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.five, ontoCardId: ids.four }));
    expect(mergeClusters(doc, { sectionId, by: B, at: 3, clusterId: x, intoClusterId: y }).ok).toBe(true);
    // The unnamed target takes the source's name.
    expect(layout(doc, sectionId)).toEqual([['three'], ['X[four,five,one,two]']]);
    expect(mergeClusters(doc, { sectionId, by: B, at: 3, clusterId: y, intoClusterId: y }).ok).toBe(false);
    expect(mergeClusters(doc, { sectionId, by: B, at: 3, clusterId: x, intoClusterId: y })).toEqual({ ok: false, error: 'drop the group onto another group to merge them' });
  });

  it('is refused once the vote opens', () => {
    const { doc, sectionId, ids } = clustering();
    toPhase(doc, sectionId, 'vote');
    expect(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one })).toEqual({ ok: false, error: expect.stringContaining('vote phase') });
  });
});

describe('clusters under concurrency', () => {
  it('two members dragging the same card to different clusters converge on one', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, ids } = clustering();
      const x = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one }));
      const y = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.five, ontoCardId: ids.four }));
      const peers = createPeers(3, doc);
      const [p0, p1, p2] = peers.docs as [Y.Doc, Y.Doc, Y.Doc];
      moveCard(p0, { sectionId, by: A, at: 3, cardId: ids.three, to: { cluster: x, index: 0 } });
      moveCard(p1, { sectionId, by: B, at: 3, cardId: ids.three, to: { cluster: y, index: 0 } });
      editCard(p2, { sectionId, by: C, at: 3, cardId: ids.three, text: 'three!' });
      peers.deliverShuffled(seed);
      converged(peers.docs);
      const state = selectBrainstormState(p0, sectionId)!;
      expect([x, y]).toContain(state.placement.get(ids.three)?.cluster);
      expect(state.cards.get(ids.three)?.text).toBe('three!');
      expect(state.cards.size).toBe(5);
    }
  });

  it('dropping onto a card that someone is still typing keeps both cards and the typed text', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, ids } = clustering();
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      expect(createCluster(p0, { sectionId, by: B, at: 2, cardId: ids.three, ontoCardId: ids.one }).ok).toBe(true);
      // A was typing into "one" and commits the edit after B's drop, before seeing it.
      expect(editCard(p1, { sectionId, by: A, at: 3, cardId: ids.one, text: 'one, finished typing' }).ok).toBe(true);
      peers.deliverShuffled(seed);
      converged(peers.docs);
      expect(layout(p1, sectionId)).toEqual([['?[one, finished typing,three]', 'two'], ['four', 'five']]);
    }
  });

  it('two people grouping onto one card at once: every card survives, the target in one cluster', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, ids } = clustering();
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      createCluster(p0, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one });
      createCluster(p1, { sectionId, by: B, at: 2, cardId: ids.three, ontoCardId: ids.one });
      peers.deliverShuffled(seed);
      converged(peers.docs);
      const state = selectBrainstormState(p0, sectionId)!;
      expect(state.cards.size).toBe(5);
      expect(state.placement.get(ids.one)?.cluster).not.toBeNull();
    }
  });

  it('a card dropped into a cluster while it is merged away ends up in the merged cluster', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, ids } = clustering();
      const x = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one }));
      const y = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.five, ontoCardId: ids.four }));
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      mergeClusters(p0, { sectionId, by: A, at: 3, clusterId: x, intoClusterId: y });
      moveCard(p1, { sectionId, by: B, at: 3, cardId: ids.three, to: { cluster: x, index: 0 } });
      peers.deliverShuffled(seed);
      converged(peers.docs);
      expect(selectBrainstormState(p0, sectionId)?.placement.get(ids.three)?.cluster).toBe(y);
      expect(selectBrainstormState(p0, sectionId)?.liveClusters.get(y)?.cards.length).toBe(5);
    }
  });

  it('two clusters merged into each other at once end as one cluster holding every card', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, ids } = clustering();
      const x = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one }));
      const y = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.five, ontoCardId: ids.four }));
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      mergeClusters(p0, { sectionId, by: A, at: 3, clusterId: x, intoClusterId: y });
      mergeClusters(p1, { sectionId, by: B, at: 3, clusterId: y, intoClusterId: x });
      peers.deliverShuffled(seed);
      converged(peers.docs);
      const live = [...(selectBrainstormState(p0, sectionId)?.liveClusters.values() ?? [])];
      expect(live.map((c) => c.cards.length)).toEqual([4]);
    }
  });

  it('a card moved into a cluster that is removed at the same time returns to its column', () => {
    for (const seed of SEEDS) {
      const { doc, sectionId, ids } = clustering();
      const x = value(createCluster(doc, { sectionId, by: A, at: 2, cardId: ids.two, ontoCardId: ids.one }));
      const peers = createPeers(2, doc);
      const [p0, p1] = peers.docs as [Y.Doc, Y.Doc];
      removeCluster(p0, { sectionId, by: A, at: 3, clusterId: x });
      moveCard(p1, { sectionId, by: B, at: 3, cardId: ids.five, to: { cluster: x, index: 0 } });
      peers.deliverShuffled(seed);
      converged(peers.docs);
      const state = selectBrainstormState(p0, sectionId)!;
      expect(state.liveClusters.size).toBe(0);
      expect(state.cards.size).toBe(5);
      expect(state.placement.get(ids.five)?.cluster).toBeNull();
    }
  });
});
