import { generateKeyBetween, generateNKeysBetween } from 'fractional-indexing';
import { describe, expect, it } from 'vitest';
import { isValidOrderKey } from './order.js';

/** The library's own verdict: it accepts a key it can generate after. */
function libraryAccepts(key: string): boolean {
  try {
    generateKeyBetween(key, null);
    return true;
  } catch {
    return false;
  }
}

describe('isValidOrderKey', () => {
  it('agrees with fractional-indexing on the keys it writes and on hostile ones', () => {
    const written = [...generateNKeysBetween(null, null, 500), ...generateNKeysBetween('a0', 'a1', 200), ...generateNKeysBetween('Zz', 'a0', 50), generateKeyBetween(null, 'A000000000000000000000000001')];
    const hostile = ['a', 'b0', 'b00', 'b000', 'a00', 'a10', 'Z', 'Z0', 'Zz', 'A', `A${'0'.repeat(26)}`, `A${'0'.repeat(25)}1`, 'z', `z${'z'.repeat(26)}`, '0a', '-a0', 'a0 ', 'a0é', 'a0\u0000', 'a0-', 'é', 'a_0', 'B0000000000000000000000000', 'c01', 'c010'];
    let seed = 7;
    const random = () => (seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31;
    const alphabet = '0189AZaz_-.é~';
    const fuzz = Array.from({ length: 2000 }, () => Array.from({ length: 1 + Math.floor(random() * 6) }, () => alphabet[Math.floor(random() * alphabet.length)]).join(''));
    for (const key of [...written, ...hostile, ...fuzz]) expect([key, isValidOrderKey(key)]).toEqual([key, libraryAccepts(key)]);
    expect(written.every((k) => isValidOrderKey(k))).toBe(true);
  });

  it('refuses what is not a string, empty or longer than 200 characters', () => {
    for (const value of [undefined, null, 3, {}, '', `a${'1'.repeat(200)}`]) expect(isValidOrderKey(value)).toBe(false);
  });
});
