import { describe, expect, it } from 'vitest';
import { ANY, KeyedCollection } from './KeyedCollection.js';
import { runBatch, type Batch } from './KeyedListeners.js';
import { Index } from './Index.js';

interface Card {
  id: string;
  text: string;
  cluster: string | null;
  order: string;
}

/** Tells `collection` that `id` changed and delivers the flush to its listeners, as the store's batch does. */
function deliverChange(collection: KeyedCollection<Card>, id: string): void {
  collection.invalidate(id);
  const batch: Batch = new Set();
  collection.flush(batch);
  runBatch(batch);
}

/** A fake source of cards (standing in for a Y.Map) and a collection over it. */
function cards(initial: Card[]) {
  const source = new Map(initial.map((c) => [c.id, c]));
  const collection = new KeyedCollection<Card>({ read: (id) => source.get(id) ?? null });
  collection.invalidateAll(source.keys());
  collection.flush(new Set());
  const write = (card: Card | { id: string; remove: true }) => {
    if ('remove' in card) source.delete(card.id);
    else source.set(card.id, card);
    deliverChange(collection, card.id);
  };
  return { collection, write };
}

const card = (id: string, cluster: string | null, order = 'a0', text = id): Card => ({ id, text, cluster, order });

describe('KeyedCollection', () => {
  it('wakes only the listeners of the key whose record changed, plus ANY', () => {
    const { collection, write } = cards([card('c1', 'x'), card('c2', 'x')]);
    const calls: string[] = [];
    collection.subscribe('c1', () => calls.push('c1'));
    collection.subscribe('c2', () => calls.push('c2'));
    collection.subscribe(ANY, () => calls.push('any'));
    const before = collection.peek('c2');
    write(card('c1', 'x', 'a0', 'edited'));
    expect(calls).toEqual(['c1', 'any']);
    expect(collection.peek('c2')).toBe(before);
  });

  it('keeps the record identical and wakes nobody when a re-read is equal', () => {
    const { collection, write } = cards([card('c1', 'x')]);
    const before = collection.peek('c1');
    let calls = 0;
    collection.subscribe('c1', () => calls++);
    write(card('c1', 'x'));
    expect(calls).toBe(0);
    expect(collection.peek('c1')).toBe(before);
  });

  it('reports removal and addition', () => {
    const { collection, write } = cards([card('c1', 'x')]);
    const seen: string[] = [];
    collection.onChange((changes) => changes.forEach((c) => seen.push(`${c.key}:${c.prev ? 'had' : 'new'}:${c.next ? 'has' : 'gone'}`)));
    write({ id: 'c1', remove: true });
    write(card('c2', 'y'));
    expect(seen).toEqual(['c1:had:gone', 'c2:new:has']);
    expect(collection.size).toBe(1);
  });

  it('projects a field: the projection wakes only when that field changes', () => {
    const { collection, write } = cards([card('c1', 'x')]);
    const clusters = collection.project((c) => ({ cluster: c.cluster }));
    let calls = 0;
    clusters.subscribe('c1', () => calls++);
    write(card('c1', 'x', 'a0', 'new text'));
    expect(calls).toBe(0);
    write(card('c1', 'y', 'a0', 'new text'));
    expect(calls).toBe(1);
    expect(clusters.peek('c1')).toEqual({ cluster: 'y' });
  });
});

describe('Index', () => {
  it('groups keys by a field, ordered, and keeps each group identical until it changes', () => {
    const { collection, write } = cards([card('c1', 'x', 'a2'), card('c2', 'x', 'a1'), card('c3', 'y'), card('c4', null)]);
    const byCluster = new Index(collection, { groupOf: (c) => c.cluster, sortKey: (c) => c.order });
    expect(byCluster.get('x')).toEqual(['c2', 'c1']);
    expect(byCluster.get('y')).toEqual(['c3']);
    expect(byCluster.get('z')).toEqual([]);
    const x = byCluster.get('x');
    write(card('c1', 'x', 'a2', 'text edited'));
    expect(byCluster.get('x')).toBe(x);
  });

  it('moving a card from one cluster to another wakes those two groups only', () => {
    const { collection, write } = cards([card('c1', 'x'), card('c2', 'x', 'a1'), card('c3', 'y'), card('c4', 'z')]);
    const byCluster = new Index(collection, { groupOf: (c) => c.cluster, sortKey: (c) => c.order });
    const calls: string[] = [];
    for (const g of ['x', 'y', 'z']) byCluster.subscribe(g, () => calls.push(g));
    write(card('c1', 'y', 'a5'));
    expect(calls.sort()).toEqual(['x', 'y']);
    expect(byCluster.get('x')).toEqual(['c2']);
    expect(byCluster.get('y')).toEqual(['c3', 'c1']);
  });

  it('re-sorts a group when an order key changes, and empties a group when its last key leaves', () => {
    const { collection, write } = cards([card('c1', 'x', 'a1'), card('c2', 'x', 'a2')]);
    const byCluster = new Index(collection, { groupOf: (c) => c.cluster, sortKey: (c) => c.order });
    let calls = 0;
    byCluster.subscribe('x', () => calls++);
    write(card('c1', 'x', 'a3'));
    expect(byCluster.get('x')).toEqual(['c2', 'c1']);
    write({ id: 'c1', remove: true });
    write({ id: 'c2', remove: true });
    expect(byCluster.get('x')).toEqual([]);
    expect(calls).toBe(3);
  });

  it('lazy: reads a key at flush only while it has listeners, and the others when they are read', () => {
    const source = new Map([['a', card('a', null)], ['b', card('b', null)]]);
    const reads: string[] = [];
    const collection = new KeyedCollection<Card>({ read: (id) => (reads.push(id), source.get(id) ?? null), lazy: true });
    const calls: string[] = [];
    const write = (next: Card) => {
      source.set(next.id, next);
      deliverChange(collection, next.id);
    };
    collection.invalidateAll(source.keys());
    collection.flush(new Set());
    expect(reads).toEqual([]);

    expect(collection.get('a')?.text).toBe('a');
    collection.subscribe('a', () => calls.push('a'));
    write(card('a', null, 'a0', 'a edited'));
    write(card('b', null, 'a0', 'b edited'));
    expect(calls).toEqual(['a']);
    expect(reads).toEqual(['a', 'a']);

    expect(collection.get('b')?.text).toBe('b edited');
    expect(reads).toEqual(['a', 'a', 'b']);
    expect(() => collection.onChange(() => {})).toThrow(/lazy/);
  });

  it('lazy: a listener that subscribes before any read is woken only by a later change', () => {
    const source = new Map([['a', card('a', null)]]);
    const collection = new KeyedCollection<Card>({ read: (id) => source.get(id) ?? null, lazy: true });
    collection.invalidate('a');
    collection.flush(new Set());
    const calls: string[] = [];
    collection.subscribe('a', () => calls.push('a'));
    collection.invalidate('a');
    const quiet: Batch = new Set();
    collection.flush(quiet);
    runBatch(quiet);
    expect(calls).toEqual([]);
    source.set('a', card('a', null, 'a0', 'edited'));
    deliverChange(collection, 'a');
    expect(calls).toEqual(['a']);
  });

  it('lazy: an ANY listener (a reader of the whole collection) still hears every change', () => {
    const source = new Map([['a', card('a', null)]]);
    const collection = new KeyedCollection<Card>({ read: (id) => source.get(id) ?? null, lazy: true });
    collection.invalidate('a');
    collection.flush(new Set());
    expect(collection.all().map((c) => c.text)).toEqual(['a']);
    const calls: string[] = [];
    collection.subscribe(ANY, () => calls.push('any'));
    source.set('a', card('a', null, 'a0', 'edited'));
    deliverChange(collection, 'a');
    expect(calls).toEqual(['any']);
    expect(collection.all().map((c) => c.text)).toEqual(['edited']);
  });
});
