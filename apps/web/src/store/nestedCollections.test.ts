/**
 * The store's machinery on a nested collection, the way the brainstorm will use it: cards
 * stored under `sections.<id>.cards.<cardId>` in a real Y.Doc, a keyed collection of cards fed
 * by `feedFromMap` with a nested key route, and an index of cards by cluster. A remote edit of
 * one card's text wakes that card only; moving a card wakes the two clusters involved.
 */
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { feedFromMap, type KeysOfEvent } from './feedFromMap.js';
import { Index } from './Index.js';
import { KeyedCollection } from './KeyedCollection.js';
import { runBatch } from './KeyedListeners.js';

interface Card {
  id: string;
  text: string;
  cluster: string;
  order: string;
}

/** Keys of cards an event touched: `[sectionId, 'cards']` with keysChanged, or `[sectionId, 'cards', cardId, ...]`. */
const cardKeys: KeysOfEvent = (event) => {
  const [, field, cardId] = event.path;
  if (field !== 'cards') return [];
  if (typeof cardId === 'string') return [cardId];
  return event.path.length === 2 ? (event as Y.YMapEvent<unknown>).keysChanged : [];
};

function board() {
  const doc = new Y.Doc();
  const sections = doc.getMap<Y.Map<unknown>>('sections');
  const section = new Y.Map<unknown>();
  const cardsMap = new Y.Map<Y.Map<unknown>>();
  doc.transact(() => {
    sections.set('s1', section);
    section.set('title', 'Ideas');
    section.set('cards', cardsMap);
    for (const [id, cluster, order] of [['c1', 'k1', 'a0'], ['c2', 'k1', 'a1'], ['c3', 'k2', 'a0']] as const) {
      const card = new Y.Map<unknown>();
      card.set('text', `card ${id}`);
      card.set('cluster', cluster);
      card.set('order', order);
      cardsMap.set(id, card);
    }
  });
  const read = (id: string): Card | null => {
    const m = cardsMap.get(id);
    return m instanceof Y.Map ? { id, text: String(m.get('text')), cluster: String(m.get('cluster')), order: String(m.get('order')) } : null;
  };
  const cards = new KeyedCollection<Card>({ read });
  cards.invalidateAll(cardsMap.keys());
  cards.flush(new Set());
  const byCluster = new Index(cards, { groupOf: (c) => c.cluster, sortKey: (c) => c.order });
  feedFromMap(sections, cards, cardKeys);
  doc.on('afterTransaction', () => {
    const batch = new Set<() => void>();
    cards.flush(batch);
    runBatch(batch);
  });
  const peer = new Y.Doc();
  Y.applyUpdate(peer, Y.encodeStateAsUpdate(doc));
  peer.on('update', (u: Uint8Array) => Y.applyUpdate(doc, u, 'remote'));
  const peerCard = (id: string) => (peer.getMap<Y.Map<unknown>>('sections').get('s1')!.get('cards') as Y.Map<Y.Map<unknown>>).get(id)!;
  return { cards, byCluster, peer, peerCard };
}

describe('a nested keyed collection (cards by cluster)', () => {
  it('wakes only the edited card when another peer edits its text', () => {
    const { cards, byCluster, peerCard } = board();
    const woke: string[] = [];
    for (const id of ['c1', 'c2', 'c3']) cards.subscribe(id, () => woke.push(id));
    for (const k of ['k1', 'k2']) byCluster.subscribe(k, () => woke.push(k));
    const c1 = cards.peek('c1');
    peerCard('c2').set('text', 'edited elsewhere');
    expect(woke).toEqual(['c2']);
    expect(cards.peek('c2')?.text).toBe('edited elsewhere');
    expect(cards.peek('c1')).toBe(c1);
  });

  it('wakes the card and the two clusters when another peer moves it, and follows added cards', () => {
    const { cards, byCluster, peer, peerCard } = board();
    const woke: string[] = [];
    for (const id of ['c1', 'c2', 'c3']) cards.subscribe(id, () => woke.push(id));
    for (const k of ['k1', 'k2', 'k3']) byCluster.subscribe(k, () => woke.push(k));
    peerCard('c1').set('cluster', 'k2');
    expect(woke.sort()).toEqual(['c1', 'k1', 'k2']);
    expect(byCluster.get('k1')).toEqual(['c2']);
    expect(byCluster.get('k2')).toEqual(['c1', 'c3']);
    woke.length = 0;
    peer.transact(() => {
      const card = new Y.Map<unknown>();
      card.set('text', 'new');
      card.set('cluster', 'k3');
      card.set('order', 'a0');
      (peer.getMap<Y.Map<unknown>>('sections').get('s1')!.get('cards') as Y.Map<Y.Map<unknown>>).set('c4', card);
    });
    expect(woke).toEqual(['k3']);
    expect(byCluster.get('k3')).toEqual(['c4']);
  });
});
