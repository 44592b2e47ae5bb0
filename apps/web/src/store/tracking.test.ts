import { describe, expect, it } from 'vitest';
import { KeyedCollection } from './KeyedCollection.js';
import { runBatch } from './KeyedListeners.js';
import { Computation } from './tracking.js';

function collection(values: Record<string, string>) {
  const source = new Map(Object.entries(values));
  const c = new KeyedCollection<string>({ read: (k) => source.get(k) ?? null, equal: Object.is });
  c.invalidateAll(source.keys());
  c.flush(new Set());
  const set = (k: string, v: string) => {
    source.set(k, v);
    c.invalidate(k);
    const batch = new Set<() => void>();
    c.flush(batch);
    runBatch(batch);
  };
  return { c, set };
}

describe('Computation', () => {
  it('subscribes to exactly the keys its last run read, and follows them when they change', () => {
    const { c, set } = collection({ pick: 'a', a: 'A', b: 'B', other: 'O' });
    const picked = new Computation(() => c.get(c.get('pick') ?? '') ?? null);
    let calls = 0;
    picked.subscribe(() => calls++);
    expect(picked.get()).toBe('A');
    expect([c.listenerCount('pick'), c.listenerCount('a'), c.listenerCount('b')]).toEqual([1, 1, 0]);
    set('other', 'changed');
    set('b', 'B2');
    expect(calls).toBe(0);
    set('pick', 'b');
    expect(calls).toBe(1);
    expect(picked.get()).toBe('B2');
    expect([c.listenerCount('a'), c.listenerCount('b')]).toEqual([0, 1]);
  });

  it('keeps the same value while `equal` says nothing changed, and unsubscribes everything', () => {
    const { c, set } = collection({ a: 'x' });
    const length = new Computation(() => ({ n: c.get('a')?.length ?? 0 }), (p, q) => p.n === q.n);
    const off = length.subscribe(() => {});
    const first = length.get();
    set('a', 'y');
    expect(length.get()).toBe(first);
    off();
    expect(c.listenerCount('a')).toBe(0);
  });
});
