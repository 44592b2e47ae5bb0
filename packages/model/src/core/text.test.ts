import { describe, expect, it } from 'vitest';
import { asSentence, capitalised, cleanLine } from './text.js';

describe('text helpers', () => {
  it('capitalises the first letter only', () => {
    expect(capitalised('no 7 or 8; at least 3 voters')).toBe('No 7 or 8; at least 3 voters');
    expect(capitalised('')).toBe('');
  });

  it('makes a sentence: capitalised, one full stop unless it already ends in punctuation', () => {
    expect(asSentence('board not found')).toBe('Board not found.');
    expect(asSentence('the token has expired.')).toBe('The token has expired.');
    expect(asSentence('is the relay running?')).toBe('Is the relay running?');
  });

  it('cleans a line: trims, collapses whitespace, caps the length', () => {
    expect(cleanLine('  Went \n well  ', 100)).toBe('Went well');
    expect(cleanLine('abcdef', 3)).toBe('abc');
  });
});
