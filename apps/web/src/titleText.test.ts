import { MAX_TITLE_LENGTH } from '@roundtable/model';
import { describe, expect, it } from 'vitest';
import { shortTitle, titleLength, titleProblem } from './titleText.js';

describe('titles', () => {
  it('refuses empty and space-only titles with a sentence, never a default', () => {
    expect(titleProblem('', 'section')).toBe('Give the section a title.');
    expect(titleProblem('    ', 'section')).toBe('Give the section a title.');
    expect(titleProblem('\t', 'board')).toBe('Give the board a title.');
    expect(titleProblem('Ideas', 'section')).toBeNull();
  });

  it('counts as the model stores and says by how much a title is too long', () => {
    expect(titleLength('  Ideas   for  Q3 ')).toBe(12);
    expect(titleProblem('x'.repeat(MAX_TITLE_LENGTH), 'section')).toBeNull();
    expect(titleProblem(`${'x'.repeat(MAX_TITLE_LENGTH)}   `, 'section')).toBeNull();
    expect(titleProblem('x'.repeat(MAX_TITLE_LENGTH + 12), 'section')).toBe('Titles can be at most 200 characters: this one is 12 too long.');
  });

  it('shortens long titles with an ellipsis', () => {
    expect(shortTitle('Ideas', 10)).toBe('Ideas');
    expect(shortTitle('A rather long title indeed', 10)).toBe('A rather…');
  });
});
