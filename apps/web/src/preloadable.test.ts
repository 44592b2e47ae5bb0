import { describe, expect, it } from 'vitest';
import { bundled, preloadable } from './preloadable.js';

const Card = () => null;

describe('a component in a chunk that can be preloaded', () => {
  it('loads its chunk once however often it is asked, and has the component once it is here', async () => {
    let loads = 0;
    const content = preloadable(async () => {
      loads += 1;
      return Card;
    });
    expect(content.loaded).toBeNull();
    const [a, b] = await Promise.all([content.preload(), content.preload()]);
    expect(a).toBe(Card);
    expect(b).toBe(Card);
    expect(content.loaded).toBe(Card);
    await content.preload();
    expect(loads).toBe(1);
  });

  it('tries a failed load again on the next call (offline at first, online later)', async () => {
    let online = false;
    const content = preloadable(async () => {
      if (!online) throw new Error('Failed to fetch dynamically imported module');
      return Card;
    });
    await expect(content.preload()).rejects.toThrow('Failed to fetch');
    expect(content.loaded).toBeNull();
    online = true;
    await expect(content.preload()).resolves.toBe(Card);
    expect(content.loaded).toBe(Card);
  });

  it('has a bundled component from the start, so its section renders without a fallback', async () => {
    const content = bundled(Card);
    expect(content.loaded).toBe(Card);
    await expect(content.preload()).resolves.toBe(Card);
  });
});
