import { describe, expect, it } from 'vitest';
import { newId } from './ids.js';

describe('newId', () => {
  it('gives URL-safe ids of the asked length that do not repeat', () => {
    const ids = Array.from({ length: 2_000 }, () => newId());
    expect(ids.every((id) => /^[0-9a-zA-Z]{12}$/.test(id))).toBe(true);
    expect(new Set(ids).size).toBe(ids.length);
    expect(newId(16)).toMatch(/^[0-9a-zA-Z]{16}$/);
  });
});
