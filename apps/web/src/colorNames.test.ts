import { describe, expect, it } from 'vitest';
import { colorName } from './colorNames.js';
import { MEMBER_PALETTE } from './storage/member.js';

describe('colour names', () => {
  it('names every palette colour, each differently', () => {
    const names = MEMBER_PALETTE.map(colorName);
    expect(names).toEqual(['Indigo', 'Sky blue', 'Teal', 'Green', 'Yellow', 'Orange', 'Red', 'Pink', 'Purple', 'Slate']);
    expect(new Set(names).size).toBe(MEMBER_PALETTE.length);
  });

  it('keeps a name when a colour is darkened for contrast, and never shows a hex code', () => {
    expect(colorName('#a16207')).toBe('Yellow');
    expect(colorName('#0f766e')).toBe('Teal');
    expect(colorName('#4338ca')).toBe('Indigo');
    expect(colorName('#777777')).toBe('Grey');
    expect(colorName('not a colour')).toBe('Colour');
  });
});
